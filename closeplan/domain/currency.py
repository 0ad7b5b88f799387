"""ISO 4217 currency codes and their minor units (decimal places)."""

from __future__ import annotations

from decimal import Decimal

# Active ISO 4217 codes -> number of decimal places of the minor unit.
_ZERO = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF"
_THREE = "BHD IQD JOD KWD LYD OMR TND"
_FOUR = "CLF UYW"
_TWO = (
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP "
    "BYN BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR "
    "FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW "
    "KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN "
    "NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD "
    "SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS "
    "VED VES WST XCD XCG YER ZAR ZMW ZWG"
)

MINOR_UNITS: dict[str, int] = {}
for _codes, _places in ((_ZERO, 0), (_TWO, 2), (_THREE, 3), (_FOUR, 4)):
    for _code in _codes.split():
        MINOR_UNITS[_code] = _places

CURRENCIES: frozenset[str] = frozenset(MINOR_UNITS)


def is_currency(code: str) -> bool:
    return code in CURRENCIES


def minor_units(code: str) -> int:
    return MINOR_UNITS.get(code, 2)


def decimal_places(amount: Decimal) -> int:
    exponent = amount.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def format_plain(amount: Decimal) -> str:
    """The amount as a plain decimal string (never scientific notation)."""
    return format(amount, "f")


def format_amount(amount: Decimal, code: str) -> str:
    """A neutral display form, e.g. ``48,000,000 JPY`` or ``86,000.00 USD``."""
    places = minor_units(code)
    if decimal_places(amount) <= places:
        amount = amount.quantize(Decimal(1).scaleb(-places))
    return f"{amount:,f} {code}"
