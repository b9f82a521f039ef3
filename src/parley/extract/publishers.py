"""The country an article is written from, read off its address, for titles without a country.

A White House readout's "The President" is the US president; a Kremlin transcript's "the
President" is Russia's. Known official sites first, then the country-code domain.
"""

from __future__ import annotations

from urllib.parse import urlsplit

_SITES: dict[str, str] = {
    "whitehouse.gov": "US",
    "state.gov": "US",
    "defense.gov": "US",
    "kremlin.ru": "RU",
    "gov.uk": "GB",
    "elysee.fr": "FR",
    "bundesregierung.de": "DE",
    "bundeskanzler.de": "DE",
    "pmindia.gov.in": "IN",
    "mea.gov.in": "IN",
    "mofa.go.jp": "JP",
    "kantei.go.jp": "JP",
    "fmprc.gov.cn": "CN",
    "president.gov.ua": "UA",
    "pm.gc.ca": "CA",
    "pm.gov.au": "AU",
    "gov.il": "IL",
    "tccb.gov.tr": "TR",
}
_GENERIC_TLDS = {"com", "org", "net", "info", "int", "eu", "io", "news", "co"}


def publisher_country(url: str | None) -> str | None:
    """ISO code of the country whose government or press published `url`, or None."""
    if not url:
        return None
    host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    if not host:
        return None
    for site, code in _SITES.items():
        if host == site or host.endswith("." + site):
            return code
    tld = host.rsplit(".", 1)[-1]
    if tld == "gov" or tld == "mil":
        return "US"
    if len(tld) == 2 and tld not in _GENERIC_TLDS:
        return "GB" if tld == "uk" else tld.upper()
    return None
