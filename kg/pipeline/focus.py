"""`kg_focus`: the sentences the extractors read (see kg.extract.prefilter).

`doc._.focus` holds the start token of each sentence to read, or None when every sentence is read
(`prefilter=False`: the reference against which the prefilter is tested); `doc._.call_trigger`
says whether a call trigger is among them. An article with agreement triggers only needs no titles
and no resolution of people: agreements name states, places and bodies.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.prefilter import TriggerScan
from kg.gazetteer.loader import load_gazetteer
from kg.gazetteer.model import AGREEMENT
from kg.pipeline.normalizer import gazetteer_vocabulary
from kg.pipeline.vocabulary import label_tokens, token_key
from kg.pipeline.sentences import sentence_spans

for _name in ("focus", "call_trigger"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def agreement_names(gazetteer, vocabulary: frozenset[str], tokenize) -> set[tuple[str, ...]]:
    """Every gazetteer agreement name as the match keys the gazetteer matcher compares."""
    names = set()
    for agreement in gazetteer.of_kind(AGREEMENT):
        for label in agreement.labels_ar:
            keys = tuple(token_key(text, vocabulary) for text in label_tokens(label, tokenize))
            if keys:
                names.add(keys)
    return names


class FocusComponent:
    def __init__(self, nlp: Language, name: str, gazetteer_dir: str | None, prefilter: bool):
        self.nlp = nlp
        self.name = name
        self.gazetteer_dir = gazetteer_dir
        self.prefilter = prefilter
        self.scan: TriggerScan | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        folder = Path(self.gazetteer_dir) if self.gazetteer_dir else None
        gazetteer, _ = load_gazetteer(folder)
        vocabulary = gazetteer_vocabulary(folder, self.nlp.make_doc)
        self.scan = TriggerScan(vocabulary, agreement_names(gazetteer, vocabulary, self.nlp.make_doc))

    def __call__(self, doc: Doc) -> Doc:
        if self.prefilter and self.scan is not None:
            doc._.focus, doc._.call_trigger = self.scan.focus(doc)
        else:
            doc._.focus, doc._.call_trigger = None, None
        return doc


@Language.factory("kg_focus", default_config={"gazetteer_dir": None, "prefilter": True})
def make_focus(nlp: Language, name: str, gazetteer_dir: str | None, prefilter: bool) -> FocusComponent:
    return FocusComponent(nlp, name, gazetteer_dir, prefilter)


def may_tell_of_a_call(doc: Doc) -> bool:
    """False when the prefilter found agreement triggers only: no title needs reading, no call
    can be found (None, the prefilter off, means: read everything)."""
    return doc._.call_trigger is not False


def in_focus(doc: Doc, sentence) -> bool:
    """Whether the extractors read this sentence."""
    return doc._.focus is None or sentence.start in doc._.focus


def focus_ranges(doc: Doc) -> list[tuple[int, int]] | None:
    """Character ranges of the runs of sentences in focus (None: the whole text)."""
    if doc._.focus is None:
        return None
    ranges: list[tuple[int, int]] = []
    for sentence in sentence_spans(doc):
        if sentence.start in doc._.focus:
            if ranges and ranges[-1][1] >= sentence.start_char:
                ranges[-1] = (ranges[-1][0], sentence.end_char)
            else:
                ranges.append((sentence.start_char, sentence.end_char))
    return ranges
