"""A refused value's problem in the UI's language.

The domain says each problem in English (``FieldError.message``, what the CLI prints) and
with a stable ``code`` and the ``args`` put into it (closeplan/domain/validation.py,
closeplan/export/bundle.py, closeplan/domain/templates.py, closeplan/domain/edits.py). Here
each code has its words, with ``{name}`` placeholders from those args; a problem without a code
here (or whose words are not translated) keeps its English message.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from closeplan.ui.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Problems"

PROBLEMS: dict[str, str] = {
    # text, counts, dates, numbers (any field)
    "not-text": QT_TRANSLATE_NOOP("Problems", "must be text"),
    "text-too-long": QT_TRANSLATE_NOOP("Problems", "is {length} characters long; at most {limit} are kept"),
    "control-character": QT_TRANSLATE_NOOP("Problems", "has a control character {character} at position {position}"),
    "control-character-multi-line": QT_TRANSLATE_NOOP(
        "Problems",
        "has a control character {character} at position {position} (only newline and tab are allowed here)",
    ),
    "unpaired-surrogate": QT_TRANSLATE_NOOP(
        "Problems", "has an unpaired surrogate {character} at position {position} (not valid Unicode text)"
    ),
    "too-many": QT_TRANSLATE_NOOP("Problems", "has {count} {what}; at most {limit} are kept"),
    "more-problems": QT_TRANSLATE_NOOP("Problems", "and {count} more problems"),
    "not-a-date": QT_TRANSLATE_NOOP("Problems", "must be a date"),
    "date-out-of-range": QT_TRANSLATE_NOOP("Problems", "{value} is outside the supported dates ({range})"),
    "not-a-moment": QT_TRANSLATE_NOOP("Problems", "must be a date and time with a time zone"),
    "moment-out-of-range": QT_TRANSLATE_NOOP("Problems", "{value} is outside the supported dates ({range}, in UTC)"),
    "not-whole-number": QT_TRANSLATE_NOOP("Problems", "must be a whole number"),
    "number-out-of-range": QT_TRANSLATE_NOOP("Problems", "must be from {low} to {high}"),
    "whole-number-range": QT_TRANSLATE_NOOP("Problems", "must be a whole number from {low} to {high}"),
    "working-days-range": QT_TRANSLATE_NOOP("Problems", "must be a whole number of working days from 0 to {high}"),
    "days-range": QT_TRANSLATE_NOOP("Problems", "must be a whole number of days from 0 to {high}"),
    "unknown-value": QT_TRANSLATE_NOOP("Problems", "unknown value {value}"),
    # recurrence rules
    "not-a-rule": QT_TRANSLATE_NOOP("Problems", "must be a recurrence rule"),
    "rule-too-long": QT_TRANSLATE_NOOP("Problems", "a recurrence rule is at most {limit} characters"),
    "rule-part-invalid": QT_TRANSLATE_NOOP("Problems", "not a valid recurrence rule {rule}: {part} is not NAME=VALUE"),
    "rule-without-freq": QT_TRANSLATE_NOOP("Problems", "not a recurrence rule (RRULE needs FREQ=…): {rule}"),
    "rule-too-fine": QT_TRANSLATE_NOOP(
        "Problems",
        "meetings repeat at most daily: {rule} repeats more often (use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY)",
    ),
    "rule-start-out-of-range": QT_TRANSLATE_NOOP(
        "Problems", "the rule's DTSTART {value} is outside the supported dates ({range})"
    ),
    "rule-daily-bysetpos": QT_TRANSLATE_NOOP("Problems", "a daily rule has no use for BYSETPOS: {rule}"),
    "rule-no-date": QT_TRANSLATE_NOOP("Problems", "the rule {rule} has no date between {first} and {last}"),
    "rule-invalid": QT_TRANSLATE_NOOP("Problems", "not a valid recurrence rule {rule}: {detail}"),
    # amounts and currencies
    "not-a-decimal": QT_TRANSLATE_NOOP("Problems", "must be a decimal number"),
    "not-finite": QT_TRANSLATE_NOOP("Problems", "must be a finite number"),
    "amount-negative": QT_TRANSLATE_NOOP("Problems", "must not be negative (got {amount})"),
    "amount-too-many-digits": QT_TRANSLATE_NOOP("Problems", "has more than {digits} digits before the decimal point"),
    "amount-too-many-places": QT_TRANSLATE_NOOP("Problems", "has more than {places} decimal places"),
    "currency-no-minor-unit": QT_TRANSLATE_NOOP(
        "Problems", "{currency} amounts have no decimal places; {amount} has some"
    ),
    "currency-places": QT_TRANSLATE_NOOP("Problems", "{currency} has {places} decimal places; {amount} has more"),
    "currency-unknown": QT_TRANSLATE_NOOP("Problems", "unknown currency {currency}"),
    "currency-unknown-deal": QT_TRANSLATE_NOOP(
        "Problems", "unknown currency {currency} (use an ISO 4217 code such as JPY, KRW, SEK, USD)"
    ),
    # a deal and its plan
    "deal-name-missing": QT_TRANSLATE_NOOP("Problems", "a deal needs a name"),
    "deal-account-missing": QT_TRANSLATE_NOOP("Problems", "a deal needs the customer's account name"),
    "country-code": QT_TRANSLATE_NOOP(
        "Problems", "use a two-letter ISO 3166 country code such as JP, KR, SE (got {value})"
    ),
    "language-unknown": QT_TRANSLATE_NOOP("Problems", "must be one of {choices} (got {value})"),
    "updated-before-created": QT_TRANSLATE_NOOP("Problems", "is before the time the deal was created"),
    "duplicate-id": QT_TRANSLATE_NOOP("Problems", "the id {id} is used twice"),
    "id-of-other-deal": QT_TRANSLATE_NOOP(
        "Problems",
        "the id {id} belongs to another deal ({owner}); ids must be new (export the deal again, or give it new ids)",
    ),
    "step-title-missing": QT_TRANSLATE_NOOP("Problems", "a step needs a title"),
    "completed-but-not-done": QT_TRANSLATE_NOOP("Problems", "a completed date is set but the step is not done"),
    "done-without-date": QT_TRANSLATE_NOOP("Problems", "a done step needs its completed date"),
    "depends-on-itself": QT_TRANSLATE_NOOP("Problems", "a step cannot depend on itself"),
    "no-such-step": QT_TRANSLATE_NOOP("Problems", "no step with id {id} in this plan"),
    "dependency-twice": QT_TRANSLATE_NOOP("Problems", "step {id} is listed twice"),
    "dependency-cycle": QT_TRANSLATE_NOOP("Problems", "dependencies form a cycle: {chain}"),
    "approver-not-approval-step": QT_TRANSLATE_NOOP(
        "Problems", "approver and approval method belong to approval steps only"
    ),
    "meeting-not-board": QT_TRANSLATE_NOOP("Problems", "meeting fields belong to board-meeting steps only"),
    "board-due-not-meeting": QT_TRANSLATE_NOOP(
        "Problems", "a board-meeting step is due on its meeting date ({meeting}), not {due}"
    ),
    "submission-after-meeting": QT_TRANSLATE_NOOP(
        "Problems", "the submission deadline {deadline} is after its meeting on {meeting}"
    ),
    "step-not-in-deal": QT_TRANSLATE_NOOP("Problems", "no step {id} in this deal"),
    "step-gone": QT_TRANSLATE_NOOP("Problems", "no step {id} in this deal (was it deleted?)"),
    "desk-gone": QT_TRANSLATE_NOOP("Problems", "no route step {id} in this deal (was it removed?)"),
    "stakeholder-name-missing": QT_TRANSLATE_NOOP("Problems", "a stakeholder needs a name"),
    "role-twice": QT_TRANSLATE_NOOP("Problems", "a role is listed twice"),
    "no-such-stakeholder": QT_TRANSLATE_NOOP("Problems", "no stakeholder with id {id} in this deal"),
    "not-customer-side": QT_TRANSLATE_NOOP("Problems", "must be a person on the customer's side"),
    "approval-method-unknown": QT_TRANSLATE_NOOP("Problems", "unknown approval method"),
    "risk-description-missing": QT_TRANSLATE_NOOP("Problems", "a risk needs a description"),
    # an account's calendar
    "calendar-account-missing": QT_TRANSLATE_NOOP("Problems", "a calendar belongs to an account name"),
    "closure-name-missing": QT_TRANSLATE_NOOP("Problems", "a closure needs a name"),
    "end-before-start": QT_TRANSLATE_NOOP("Problems", "is before the start"),
    "meeting-name-missing": QT_TRANSLATE_NOOP("Problems", "a meeting needs a name"),
    "level-missing": QT_TRANSLATE_NOOP("Problems", "name the level that approves this band (e.g. 部長, CFO)"),
    "same-limit": QT_TRANSLATE_NOOP("Problems", "two bands have the same limit"),
    # a bundle file
    "file-too-large": QT_TRANSLATE_NOOP("Problems", "is larger than {megabytes} MB: not a bundle"),
    "file-unreadable": QT_TRANSLATE_NOOP("Problems", "cannot be read: {detail}"),
    "not-utf8": QT_TRANSLATE_NOOP("Problems", "the file is not UTF-8 text"),
    "nested-too-deep": QT_TRANSLATE_NOOP("Problems", "nested more than {levels} levels deep: not a bundle"),
    "json-invalid": QT_TRANSLATE_NOOP("Problems", "not valid JSON: {detail}"),
    "json-unreadable": QT_TRANSLATE_NOOP("Problems", "not readable JSON: {detail}"),
    "bundle-not-object": QT_TRANSLATE_NOOP("Problems", "a bundle is a JSON object"),
    "not-a-bundle": QT_TRANSLATE_NOOP("Problems", "must be {format} (got {value}): this is not a closeplan bundle"),
    "version-not-whole": QT_TRANSLATE_NOOP("Problems", "must be the whole number {version}, not {type}"),
    "version-newer": QT_TRANSLATE_NOOP(
        "Problems", "is {value}: this bundle was written by a newer closeplan (this one reads version {version})"
    ),
    "version-wrong": QT_TRANSLATE_NOOP("Problems", "must be {version} (got {value})"),
    "unknown-field": QT_TRANSLATE_NOOP("Problems", "unknown field"),
    "missing": QT_TRANSLATE_NOOP("Problems", "is missing"),
    "invalid-value": QT_TRANSLATE_NOOP("Problems", "has an invalid value"),
    "not-an-object": QT_TRANSLATE_NOOP("Problems", "must be an object, not {type}"),
    "not-a-list": QT_TRANSLATE_NOOP("Problems", "must be a list, not {type}"),
    "text-expected": QT_TRANSLATE_NOOP("Problems", "must be text, not {type}"),
    "bool-expected": QT_TRANSLATE_NOOP("Problems", "must be true or false, not {type}"),
    "whole-number-expected": QT_TRANSLATE_NOOP("Problems", "must be a whole number, not {type}"),
    "number-too-large": QT_TRANSLATE_NOOP("Problems", "is too large a number (at most {limit})"),
    "date-format": QT_TRANSLATE_NOOP("Problems", "must be a date as YYYY-MM-DD, not {value}"),
    "moment-format": QT_TRANSLATE_NOOP(
        "Problems", "must be an ISO 8601 date and time as YYYY-MM-DDTHH:MM:SS+HH:MM, not {value}"
    ),
    "moment-invalid": QT_TRANSLATE_NOOP("Problems", "must be an ISO 8601 date and time, not {value}"),
    "time-zone-invalid": QT_TRANSLATE_NOOP("Problems", "the time zone {zone} is not one: offsets run up to {limit}"),
    "uuid-invalid": QT_TRANSLATE_NOOP("Problems", "must be a UUID, not {value}"),
    "decimal-not-text": QT_TRANSLATE_NOOP(
        "Problems", 'must be a decimal number written as text (e.g. "12000000"), not {type}'
    ),
    "decimal-invalid": QT_TRANSLATE_NOOP(
        "Problems", 'must be a decimal number of ASCII digits such as "12000000" or "86000.50", not {value}'
    ),
    "not-one-of": QT_TRANSLATE_NOOP("Problems", "{value} is not one of: {choices}"),
    # a plan template file
    "template-not-object": QT_TRANSLATE_NOOP("Problems", "a template is a JSON object"),
    "texts-per-language": QT_TRANSLATE_NOOP("Problems", "must be an object of texts per language (en, ja, ko, sv)"),
    "unknown-language": QT_TRANSLATE_NOOP("Problems", "unknown language {value} (use {choices})"),
    "text-needed": QT_TRANSLATE_NOOP("Problems", "needs a text in at least one language"),
    "must-be": QT_TRANSLATE_NOOP("Problems", "must be {value}"),
    "one-of": QT_TRANSLATE_NOOP("Problems", "must be one of {choices}"),
    "template-id": QT_TRANSLATE_NOOP("Problems", "must be lower-case letters, digits, - or _"),
    "country-or-empty": QT_TRANSLATE_NOOP("Problems", "must be a two-letter country code or empty"),
    "list-empty": QT_TRANSLATE_NOOP("Problems", "must be a non-empty list"),
    "object-expected": QT_TRANSLATE_NOOP("Problems", "must be an object"),
    "step-key": QT_TRANSLATE_NOOP("Problems", "must be a short lower-case name (not 'close')"),
    "owner-side": QT_TRANSLATE_NOOP("Problems", "must be vendor, customer or joint"),
    "working-days": QT_TRANSLATE_NOOP("Problems", "must be a whole number of working days"),
    "submission-lead": QT_TRANSLATE_NOOP(
        "Problems", "only board meetings have a submission lead (0 or more working days)"
    ),
    "step-keys": QT_TRANSLATE_NOOP("Problems", "must be a list of step keys"),
    "true-or-false": QT_TRANSLATE_NOOP("Problems", "must be true or false"),
    "close-or-key": QT_TRANSLATE_NOOP("Problems", "must be 'close' or a step key"),
    "same-key": QT_TRANSLATE_NOOP("Problems", "two steps have the same key"),
    "no-step-key": QT_TRANSLATE_NOOP("Problems", "no step with key {key}"),
    "no-other-step-key": QT_TRANSLATE_NOOP("Problems", "no other step with key {key}"),
    "anchor-loop": QT_TRANSLATE_NOOP("Problems", "relative_to forms a loop: every chain must end at 'close'"),
    "depends-cycle": QT_TRANSLATE_NOOP("Problems", "depends_on forms a cycle"),
}

# Words that are themselves args: what a JSON value is ("type") and what there are too many of
# ("what"); any other value (a date, an id, a quoted value) is shown as it is.
WORDS: dict[str, dict[str, str]] = {
    "type": {
        "null": QT_TRANSLATE_NOOP("Problems", "null"),
        "true/false": QT_TRANSLATE_NOOP("Problems", "true/false"),
        "a number": QT_TRANSLATE_NOOP("Problems", "a number"),
        "text": QT_TRANSLATE_NOOP("Problems", "text"),
        "a list": QT_TRANSLATE_NOOP("Problems", "a list"),
        "an object": QT_TRANSLATE_NOOP("Problems", "an object"),
    },
    "what": {
        "steps": QT_TRANSLATE_NOOP("Problems", "steps"),
        "people": QT_TRANSLATE_NOOP("Problems", "people"),
        "risks": QT_TRANSLATE_NOOP("Problems", "risks"),
        "desks": QT_TRANSLATE_NOOP("Problems", "desks"),
        "changes": QT_TRANSLATE_NOOP("Problems", "changes"),
        "moves": QT_TRANSLATE_NOOP("Problems", "moves"),
        "revisions": QT_TRANSLATE_NOOP("Problems", "revisions"),
        "dependencies": QT_TRANSLATE_NOOP("Problems", "dependencies"),
        "closures": QT_TRANSLATE_NOOP("Problems", "closures"),
        "meetings": QT_TRANSLATE_NOOP("Problems", "meetings"),
        "bands": QT_TRANSLATE_NOOP("Problems", "bands"),
    },
}


def _shown(name: str, value: object) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return QLocale().toString(value)  # the UI's digit grouping (4,000; 4 000)
    text = str(value)
    word = WORDS.get(name, {}).get(text)
    return translate(CONTEXT, word) if word else text


def problem_text(error: object) -> str:
    """``error``'s problem (a FieldError's, without its field) in the UI's language: the words
    of its code with its args; its English message when the code has none here, the words are
    not translated (English) or do not fit the args."""
    message = getattr(error, "message", None)
    if not isinstance(message, str):
        return str(error)
    template = PROBLEMS.get(getattr(error, "code", "") or "")
    if template is None:
        return message
    words = translate(CONTEXT, template)
    if words == template:  # English, or not translated: the message says it best
        return message
    args = getattr(error, "args", None) or {}
    try:
        return words.format(**{name: _shown(name, value) for name, value in args.items()})
    except (KeyError, IndexError, ValueError, AttributeError):
        return message
