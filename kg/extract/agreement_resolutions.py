"""UN resolutions by number: "قرار مجلس الأمن (الدولي) رقم 2216"، "القرار الأممي 2216"، "القرار الدولي
2254"، "قرارات مجلس الأمن 1737 و1747"، "القرار 2216 الصادر عن مجلس الأمن".

A number after "القرار" names a UN resolution only with a UN word (مجلس الأمن، الأممي، الدولي، الأمم
المتحدة) before or just after it, or, written "القرار 2216" with no "رقم", when the gazetteer knows
resolution 2216: "القرار رقم 45" is as often a minister's decision. The resolution is the
gazetteer's when it has that number; else it is minted with the text's words as its label. It covers
the places named after it ("بشأن اليمن"), else the place the sentence or the article is about.
"""

from __future__ import annotations

from kg.extract import agreement_lexicon as lex
from kg.extract.agreement_kinds import AgreementMention
from kg.extract.agreement_scope import label_of, skip_quotes
from kg.extract.facts import AgreementFact
from kg.extract.sentence_view import SentenceView
from kg.graph.iris import agreement_iri

ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
ARABIC_NAMES = {"security council": "قرار مجلس الأمن", "general assembly": "قرار الجمعية العامة للأمم المتحدة"}
BODIES = {  # IRI stem and English name of the body that adopts the resolution
    "security council": ("unsc-resolution", "UN Security Council Resolution"),
    "general assembly": ("unga-resolution", "UN General Assembly Resolution"),
}


def resolutions(reader, view: SentenceView) -> list[AgreementMention]:
    found = []
    for match, body in resolution_matches(reader, view):
        start, end = view.tokens_of(match)
        if start > view.sentence.start and reader.doc[start - 1].norm_ in lex.DRAFT_BEFORE:
            continue
        further, list_end = further_numbers(view, match.end())
        numbers = [match.group(1).translate(ARABIC_DIGITS)] + further
        covers = subject_places(reader, view, view.token_at(list_end - 1) + 1 if further else end)
        for number in numbers:
            fact = resolution_fact(reader, body, number, label_of(reader.doc, start, end))
            fact.covers.update(covers)
            found.append(AgreementMention(start, end, fact, scoped=True))
    return found


def subject_places(reader, view: SentenceView, end: int) -> list[str]:
    """"… بشأن اليمن"، "… الخاص بسوريا": the places after the number, else the place the sentence or
    the article is about."""
    limit = view.sentence.end
    start = skip_quotes(reader.doc, end, limit)
    while start < limit and reader.doc[start].norm_ in lex.ISSUED_WORDS:  # "… الصادر عن مجلس الأمن حول اليمن"
        start += 1
    stated = reader.covered_after(start, view, relative=False)
    if stated:
        return stated
    place = reader.regions.context_place(view.sentence)
    return [place] if place else []


def resolution_matches(reader, view: SentenceView):
    """(match, body) for each resolution named in the sentence, UN words first, bare numbers after."""
    taken = set()
    for match in lex.RESOLUTION_RE.finditer(view.keys):
        taken.add(match.start(1))
        yield match, body_of(match.group(0))
    for match in lex.BARE_RESOLUTION_RE.finditer(view.keys):
        if match.start(1) in taken:
            continue
        cue = lex.UN_CUE_AFTER_RE.match(view.keys[match.end():].lstrip()) or lex.UN_CUE_BEFORE_RE.search(view.keys[: match.start()])
        number = match.group(1).translate(ARABIC_DIGITS)
        if cue:
            yield match, body_of(cue.group(0))
        elif " رقم " not in match.group(0) and (body := known_body(reader, number)):
            yield match, body


def body_of(words: str) -> str:
    return "general assembly" if lex.GENERAL_ASSEMBLY in words else "security council"


def further_numbers(view: SentenceView, index: int) -> tuple[list[str], int]:
    """"قرارات مجلس الأمن 1737 و1747 و1803": the numbers listed after the first, and where they end."""
    numbers = []
    while (match := lex.FURTHER_NUMBER_RE.match(view.keys[index:])) is not None:
        numbers.append(match.group(1).translate(ARABIC_DIGITS))
        index += match.end()
    return numbers, index


def iri_of(body: str, number: str) -> str:
    stem, _ = BODIES[body]
    return agreement_iri(f"{stem} {number}")


def known_body(reader, number: str) -> str | None:
    """"القرار 2216" with no UN word: the body whose resolution of that number the gazetteer knows."""
    return next((body for body in BODIES if reader.gazetteer.get(iri_of(body, number)) is not None), None)


def resolution_fact(reader, body: str, number: str, words: str) -> AgreementFact:
    iri = iri_of(body, number)
    entity = reader.gazetteer.get(iri)
    if entity is not None:
        fact = AgreementFact(iri, entity.label_ar, entity.label_en, entity.agreement_type)
    else:
        _stem, name_en = BODIES[body]
        label_ar = f"{ARABIC_NAMES[body]} {number}"
        fact = AgreementFact(iri, label_ar, f"{name_en} {number}", "resolution", dynamic=True)
    if words.translate(ARABIC_DIGITS).endswith(number):
        fact.alt_labels_ar.add(words)
    return fact
