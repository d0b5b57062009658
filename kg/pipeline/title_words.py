"""Word tests of the title finder: construct titles, coordination, the article, proclitics, and the
singular heads of the roles' labels."""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.gazetteer.model import COUNTRY, ROLE, Gazetteer
from kg.text.name_lexicon import STATE_TITLES
from kg.text.normalize import normalize_text, strip_marks

PLURAL_ENDINGS = ("ان", "ين", "اء")
# the article, alone or behind a conjunction or preposition: "الروسي"، "والروسي"، "للروسي"
DEFINITE_RE = re.compile(r"^[وف]?(?:ال|لل|بال|كال)")
CONSTRUCT_ENDINGS = frozenset(normalize_text(w) for w in ("باسم", "لدى"))


def is_construct(role: Span) -> bool:
    """A title that needs what follows it: "رئيس"، "وزير خارجية"، "المتحدث باسم"."""
    last = strip_marks(role[-1].text)
    return not last.startswith("ال") or normalize_text(last) in CONSTRUCT_ENDINGS


def is_coordinated(token) -> bool:
    """"ووزير الخارجية": a conjunction opens another person's title."""
    return strip_marks(token.text).startswith("و") and not token.norm_.startswith("و")


def has_article(token) -> bool:
    """The definite article, as written (plain alef): "الصفدي" has it, "إلهام" does not."""
    return strip_marks(token.text).startswith("ال")


def has_proclitic(token) -> bool:
    """Whether the match key dropped a proclitic (و ب ل ف ك) from the token."""
    folded = normalize_text(token.text)
    return folded != token.norm_ and not folded.startswith("ال") and folded.endswith(token.norm_.removeprefix("ال"))


def singular_heads(gazetteer: Gazetteer) -> frozenset[str]:
    """First words of the roles' singular labels, with and without the article ("الرئيس", "رئيس")."""
    heads = set()
    for role in gazetteer.of_kind(ROLE):
        for label in role.labels_ar:
            first = normalize_text(label).split()[0]
            # the rdfs:label is singular ("الأمين العام" ends like a plural but is not one)
            if label == role.label_ar or not first.endswith(PLURAL_ENDINGS) and not first.endswith("ا"):
                heads.update({first, first.removeprefix("ال"), "ال" + first.removeprefix("ال")})
    return frozenset(heads)


def state_titles(gazetteer: Gazetteer) -> dict[str, str]:
    """STATE_TITLES folded, each with its state's IRI."""
    states = {entity.label_en: entity.iri for entity in gazetteer.of_kind(COUNTRY)}
    return {normalize_text(title): states[state] for title, state in STATE_TITLES.items() if state in states}
