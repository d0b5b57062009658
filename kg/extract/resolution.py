"""Within-article resolution: titles, counterparts and sides to the actors they mean.

"وزير الدفاع التركي" -> the person the article names with that title, else the gazetteer's holder
of the office on the article's date; "نظيره الروسي" -> the holder of the anchor person's office in
Russia; "الجانبين التركي والروسي" -> the two countries; "وزيرا دفاع البلدين" -> the defence ministers
of the two countries the article is about.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc

from kg.extract.facts import ActorMention, NewPerson
from kg.gazetteer.model import ACTOR_KINDS, COUNTRY, PERSON, REGION, Gazetteer
from kg.graph.iris import person_iri
from kg.pipeline.gazetteer_matcher import DEMONYM, ENTITY_SPANS, GRAMMAR_SPANS
from kg.pipeline.title_words import has_proclitic
from kg.pipeline.titles import COUNTERPART, SIDE, TitleMention


@dataclass
class Resolution:
    mentions: list[ActorMention] = field(default_factory=list)
    people: list[NewPerson] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)  # person -> role stated in this article


class Resolver:
    def __init__(self, doc: Doc, gazetteer: Gazetteer, article_id: str, day: dt.date | None):
        self.doc = doc
        self.gazetteer = gazetteer
        self.article_id = article_id
        self.day = day
        self.result = Resolution()
        self.roster: dict[tuple[str, str | None], str] = {}
        self.titles: list[TitleMention] = list(doc._.kg_titles or [])

    def resolve(self) -> Resolution:
        self.build_roster()
        covered = self.add_titles([t for t in self.titles if t.kind != COUNTERPART], set())
        self.add_entities(covered)
        # counterparts last: "نظيره الروسي" needs the person named before it
        self.add_titles([t for t in self.titles if t.kind == COUNTERPART], covered)
        self.result.mentions.sort(key=lambda m: (m.start, m.end))
        return self.result

    def add_titles(self, titles: list[TitleMention], covered: set[int]) -> set[int]:
        for title in titles:
            actors = self.title_actors(title)
            if actors and not title.possessor:  # "سفير خادم الحرمين": not the king, and not someone else
                self.result.mentions.append(ActorMention(title.start, title.end, actors, title.kind))
            if actors or title.possessor:
                covered.update(range(title.start, title.end))
        return covered

    def add_entities(self, covered: set[int]) -> None:
        for span in self.doc.spans[ENTITY_SPANS]:
            actor = self.entity_actor(span.label_, span.kb_id_)
            if actor and span.start not in covered:
                via = "name" if span.label_ in ACTOR_KINDS else "metonym"
                self.result.mentions.append(ActorMention(span.start, span.end, (actor,), via))

    def entity_actor(self, kind: str, iri: str) -> str | None:
        if kind in ACTOR_KINDS:
            return iri
        if kind == REGION:  # a capital stands for its government: "موسكو وأنقرة"
            return self.gazetteer.country_by_capital.get(iri)
        return None

    def build_roster(self) -> None:
        """Who holds which office according to this article (explicit "title + name")."""
        for span in self.doc.spans[ENTITY_SPANS]:
            position = self.gazetteer.position_of(span.kb_id_, self.day) if span.label_ == PERSON else None
            if position is not None:
                self.roster.setdefault((position.role, position.seat), span.kb_id_)
        for title in self.titles:
            # a counterpart's name is read with the counterparts, once the anchor's office is known
            person = title.person or (self.discovered_person(title, title.role) if title.kind != COUNTERPART else None)
            if person and title.role and not title.former and len(title.countries) <= 1:
                seat = title.countries[0] if title.countries else self.country_of(person)
                if self.contradicts_gazetteer(person, title.role, seat):
                    continue  # "خادم الحرمين الشريفين عبدالله الثاني ملك الأردن": a list of tags, not his title
                self.roster[(title.role, seat)] = person
                self.result.roles[person] = title.role

    def contradicts_gazetteer(self, person: str, role: str, seat: str | None) -> bool:
        """Whether the gazetteer knows the person's offices on the day, and someone else in this one."""
        entity = self.gazetteer.get(person)
        if entity is None or not any(p.holds_on(self.day) for p in entity.positions):
            return False
        holder = self.gazetteer.holder(role, seat, self.day)
        return holder is not None and holder.iri != person

    def discovered_person(self, title: TitleMention, role: str | None) -> str | None:
        if title.name is None or title.plural or title.former:
            return None
        label = self.doc[title.name[0] : title.name[1]].text
        country = self.seat_country(title.countries[0]) if len(title.countries) == 1 else None
        iri = person_iri(label)
        if all(p.iri != iri for p in self.result.people):
            self.result.people.append(NewPerson(iri, label, role, country, self.article_id))
        return iri

    def seat_country(self, seat: str) -> str | None:
        """The kg:Country of an office's seat: the state itself, or the state of a body
        ("المتحدث باسم الرئاسة التركية" -> Turkey); none for NATO, the EU or the United Nations."""
        entity = self.gazetteer.get(seat)
        if entity is None:
            return None
        if entity.kind == COUNTRY:
            return seat
        owner = self.gazetteer.get(entity.country)
        return owner.iri if owner is not None and owner.kind == COUNTRY else None

    def country_of(self, person: str) -> str | None:
        entity = self.gazetteer.get(person)
        if entity is not None:
            return entity.country
        return next((p.country for p in self.result.people if p.iri == person), None)

    def title_actors(self, title: TitleMention) -> tuple[str, ...]:
        if title.person:
            return (title.person,)
        if title.name and not title.plural and title.kind == COUNTERPART:
            # "نظيره الأذربيجاني إلهام علييف" holds the anchor's office; with no office known,
            # "نظيره الفرنسي" of a coach is no office holder
            role = self.anchor_role(title.start)
            iri = self.discovered_person(title, role) if role else None
            if iri:
                self.result.roles.setdefault(iri, role)
            return (iri,) if iri else ()
        if title.name and not title.plural:
            return (person_iri(self.doc[title.name[0] : title.name[1]].text),)
        if title.kind == SIDE:
            return title.countries
        if title.kind == COUNTERPART:
            return self.counterpart_actors(title)
        if title.former:  # "الرئيس الأمريكي الأسبق": not whoever holds the office today
            return ()
        countries = self.salient_countries() if title.both_countries else title.countries
        return tuple(a for a in (self.holder(title.role, c) for c in countries) if a)

    def holder(self, role: str | None, country: str) -> str | None:
        """The person in `role` for `country`: named in the article, else in office on the day."""
        if role is None:
            return None
        if (role, country) in self.roster:
            return self.roster[(role, country)]
        if self.day is None:  # no date, no office holder: today's would be wrong for an archive
            return None
        entity = self.gazetteer.holder(role, country, self.day)
        return entity.iri if entity is not None else None

    def counterpart_actors(self, title: TitleMention) -> tuple[str, ...]:
        role = self.anchor_role(title.start)
        return tuple(a for a in (self.holder(role, c) for c in title.countries) if a) if role else ()

    def anchor_role(self, before: int) -> str | None:
        """The office of the person a counterpart ("نظيره") is the counterpart of."""
        anchor = self.anchor_person(before)
        if anchor is None:
            return None
        position = self.gazetteer.position_of(anchor, self.day)
        return self.result.roles.get(anchor) or (position.role if position else None)

    def anchor_person(self, before: int) -> str | None:
        """The nearest person named before a counterpart, in its sentence or the one before."""
        sentence = self.doc[before].sent
        floor = self.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        people = [
            m for m in self.result.mentions
            if floor <= m.start and m.end <= before and any(self.is_person(a) for a in m.actors)
            and not has_proclitic(self.doc[m.start])  # "مستشار لنتنياهو": not the one whose counterpart is meant
        ]
        if not people:
            return None
        nearest = max(people, key=lambda m: m.end)
        return next(a for a in nearest.actors if self.is_person(a))

    def is_person(self, iri: str) -> bool:
        entity = self.gazetteer.get(iri)
        return (entity is not None and entity.kind == PERSON) or any(p.iri == iri for p in self.result.people)

    def salient_countries(self) -> tuple[str, ...]:
        """The two countries this article names most (countries and nationality adjectives)."""
        counts: Counter[str] = Counter()
        for span in list(self.doc.spans[ENTITY_SPANS]) + list(self.doc.spans[GRAMMAR_SPANS]):
            if span.label_ in (COUNTRY, DEMONYM):
                counts[span.kb_id_] += 1
        ranked = sorted(counts, key=lambda c: (-counts[c], c))
        return tuple(ranked[:2]) if len(ranked) >= 2 else ()


def resolve_mentions(doc: Doc, gazetteer: Gazetteer, article_id: str, day: dt.date | None) -> Resolution:
    return Resolver(doc, gazetteer, article_id, day).resolve()
