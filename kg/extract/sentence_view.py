"""A sentence as a string of token keys, so that regexes can find phrases and map back to tokens."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span


VIEWS_KEY = "kg_sentence_views"


@dataclass(frozen=True)
class SentenceView:
    sentence: Span
    keys: str  # token keys joined by single spaces
    token_starts: tuple[int, ...]  # char offset in `keys` of each listed token
    token_ids: tuple[int, ...]  # doc index of each listed token

    @classmethod
    def of(cls, sentence: Span) -> SentenceView:
        """The view of a sentence, made once per document (the extractors all read it)."""
        views = sentence.doc.user_data.setdefault(VIEWS_KEY, {})
        view = views.get((sentence.start, sentence.end))
        if view is None:
            view = views[(sentence.start, sentence.end)] = cls.build(sentence)
        return view

    @classmethod
    def build(cls, sentence: Span) -> SentenceView:
        parts, starts, ids = [], [], []
        offset = 0
        for token in sentence:
            if token.is_space:
                continue
            key = token.norm_ or token.text
            parts.append(key)
            starts.append(offset)
            ids.append(token.i)
            offset += len(key) + 1
        return cls(sentence, " ".join(parts), tuple(starts), tuple(ids))

    def token_at(self, char: int) -> int:
        """Doc index of the token that holds char `char` of `keys`."""
        position = 0
        for index, start in enumerate(self.token_starts):
            if start > char:
                break
            position = index
        return self.token_ids[position]

    def tokens_of(self, match: re.Match) -> tuple[int, int]:
        """Doc token span [start, end) of a regex match on `keys`."""
        start = match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
        return self.token_at(start), self.token_at(max(match.end() - 1, start)) + 1

    def keys_between(self, start: int, end: int) -> str:
        """Keys of the doc tokens in [start, end)."""
        return " ".join(self.keys_list(start, end))

    def keys_list(self, start: int, end: int) -> list[str]:
        words = self.keys.split(" ")
        return [word for word, i in zip(words, self.token_ids) if start <= i < end]
