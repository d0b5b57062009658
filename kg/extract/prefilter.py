"""The prefilter: which articles, and which of their sentences, the extractors must read.

Only about one real article in ten tells of a call, and few more of an agreement. Before any
spaCy work, `TriggerScan.mentions_trigger` looks for the extractors' own trigger patterns (the
call frames of `call_triggers.TRIGGER_PATTERNS`, the agreement triggers of
`agreement_lexicon.SENTENCE_TRIGGERS`, the first words of the gazetteer's agreement names) in a
cheap rendering of the text: folded, split into words, proclitics cut as the normaliser cuts them.
An article without a trigger yields no facts and never enters the pipeline. In an article with
one, `focus` names the sentences the extractors read: those with a trigger, the sentence before
(the parties of "جرى بينهما") and the sentences after (what the call discussed); the rest of the
article is still tokenised and matched against the gazetteer, which resolution needs (who holds
which title, which countries the article is about).

Both scans are supersets of what the extractors would find: the patterns are the extractors' own,
run without their trap filters; the prefilter never decides that a sentence is a call.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate

import numpy
from spacy.attrs import IS_SPACE, NORM
from spacy.tokens import Doc

from kg.extract.agreement_lexicon import SENTENCE_TRIGGERS
from kg.extract.call_lexicon import CONTINUATION_SENTENCES
from kg.extract.call_triggers import TRIGGER_PATTERNS
from kg.gazetteer.model import AGREEMENT
from kg.pipeline.gazetteer_matcher import ENTITY_SPANS
from kg.pipeline.vocabulary import token_key
from kg.text.normalize import fold_text
from kg.pipeline.sentences import sentence_spans

QUOTE = '"'  # every quote mark, folded
# words and single punctuation marks, as the tokenizer splits them
WORD_RE = re.compile(r"[^\W_]+|[^\w\s]")
SENTENCES_BEFORE = 1  # "جاء ذلك في اتصال جرى بينهما": the parties are in the sentence before
SENTENCES_AFTER = CONTINUATION_SENTENCES  # what the call discussed, told in the sentences after it


CALL_PATTERNS: tuple[re.Pattern, ...] = tuple(pattern for pattern, _frame in TRIGGER_PATTERNS)


def trigger_patterns() -> tuple[re.Pattern, ...]:
    return CALL_PATTERNS + SENTENCE_TRIGGERS


class TriggerScan:
    def __init__(self, vocabulary: frozenset[str], agreement_names: Iterable[tuple[str, ...]] = ()):
        self.vocabulary = vocabulary
        self.key_of: dict[str, str] = {}  # folded word -> match key, filled as words are met
        self.patterns = trigger_patterns()
        # gazetteer agreement names as match keys, by first key ("اتفاق سوتشي" -> ("اتفاق", "سوتشي"))
        self.names: dict[str, list[tuple[str, ...]]] = {}
        for name in sorted(set(agreement_names)):
            self.names.setdefault(name[0], []).append(name)

    def keys_of_text(self, text: str) -> list[str]:
        known = self.key_of
        words = WORD_RE.findall(fold_text(text))
        for word in set(words).difference(known):
            known[word] = token_key(word, self.vocabulary)
        return [known[word] for word in words]

    def mentions_trigger(self, text: str) -> bool:
        keys = self.keys_of_text(text)
        if self.names_agreement(keys):
            return True
        joined = " ".join(keys)
        return any(pattern.search(joined) for pattern in self.patterns)

    def names_agreement(self, keys: list[str]) -> bool:
        """Whether the keys hold a gazetteer agreement name (quote marks skipped, as the matcher does)."""
        words = [key for key in keys if key != QUOTE]
        for index, key in enumerate(words):
            for name in self.names.get(key, ()):
                if tuple(words[index : index + len(name)]) == name:
                    return True
        return False

    def focus(self, doc: Doc) -> tuple[frozenset[int], bool]:
        """Start token of every sentence the extractors must read (sentences of white space only
        are not counted: "the sentence after" is the next one with words), and whether a call
        trigger is among them (else only agreements can be found)."""
        spaces = doc.to_array(IS_SPACE).astype(bool)
        sentences = [s for s in sentence_spans(doc) if not spaces[s.start : s.end].all()]
        sentence_of = numpy.zeros(len(doc), dtype=numpy.int32)
        for number, sentence in enumerate(sentences):
            sentence_of[sentence.start : sentence.end] = number
        call_tokens, agreement_tokens = self.trigger_tokens(doc)
        hits = {int(sentence_of[i]) for i in call_tokens + agreement_tokens}
        hits |= {int(sentence_of[s.start]) for s in doc.spans[ENTITY_SPANS] if s.label_ == AGREEMENT}
        kept = set()
        for number in hits:
            kept.update(range(max(0, number - SENTENCES_BEFORE), min(len(sentences), number + SENTENCES_AFTER + 1)))
        return frozenset(sentences[n].start for n in kept), bool(call_tokens)

    def trigger_tokens(self, doc: Doc) -> tuple[list[int], list[int]]:
        """First token of every call and of every agreement trigger match in the whole
        document's keys (white space left out)."""
        strings = doc.vocab.strings
        rows = doc.to_array([NORM, IS_SPACE]).tolist()
        ids = [i for i, (_, space) in enumerate(rows) if not space]
        keys = [strings[rows[i][0]] for i in ids]
        starts = list(accumulate((len(k) + 1 for k in keys[:-1]), initial=0))
        joined = " ".join(keys)

        def first_tokens(patterns: tuple[re.Pattern, ...]) -> list[int]:
            found = []
            for pattern in patterns:
                for match in pattern.finditer(joined):
                    first = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
                    found.append(ids[max(0, bisect_right(starts, first) - 1)])
            return found

        return first_tokens(CALL_PATTERNS), first_tokens(SENTENCE_TRIGGERS)
