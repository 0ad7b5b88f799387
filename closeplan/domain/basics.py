"""The few words of the model the deal list needs at start-up: stages, risk levels and the
languages. Kept apart from ``closeplan.domain.model`` (which re-exports them) so the list can
be shown before the rest of the model is loaded."""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    PRE_OPPORTUNITY = "pre_opportunity"
    ISSUE_RECOGNITION = "issue_recognition"
    EVALUATION = "evaluation"
    NEGOTIATION = "negotiation"
    APPROVAL = "approval"
    WON = "won"
    LOST = "lost"

    @property
    def is_open(self) -> bool:
        return self not in (Stage.WON, Stage.LOST)

    @property
    def is_late(self) -> bool:
        """Final negotiation or the approval process (seed 003 stages 4 and 5)."""
        return self in (Stage.NEGOTIATION, Stage.APPROVAL)


STAGE_ORDER: tuple[Stage, ...] = tuple(Stage)


class Level(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


LANGUAGES: tuple[str, ...] = ("en", "ja", "ko", "sv")

# the months' names in each language, January first (as dates and cadences are written)
MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "ja": tuple(f"{m}月" for m in range(1, 13)),
    "ko": tuple(f"{m}월" for m in range(1, 13)),
    "sv": (
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
}
