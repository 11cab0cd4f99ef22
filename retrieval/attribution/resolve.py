"""Resolution: link pronouns, bare surnames and role nouns to the people named in the article.

A bare surname goes to the person of that surname mentioned most recently, never to a namesake
not yet named; "he"/"she" to the subject of the same sentence, else to a fitting person who opened
a sentence after the last fitting speaker, else to a newcomer introduced in full (``salience``), else to the
last fitting speaker; "the spokesman" to the last one described so, "the source" to an unnamed one (``informants``).
"""

from __future__ import annotations

from retrieval.attribution.appositives import named_appositive
from retrieval.attribution.backrefs import pair_of, repeated_document
from retrieval.attribution.cut_names import whole_name
from retrieval.attribution.descriptions import described
from retrieval.attribution.documents import generic_document
from retrieval.attribution.full_names import written_in_full
from retrieval.attribution.groups import partitive, plural_group, together
from retrieval.attribution.informants import refers_back, repeats_source
from retrieval.attribution.kin_names import named_relative
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.lone_names import read_alone
from retrieval.attribution.misspelt import misspelt
from retrieval.attribution.organisations import longer_name
from retrieval.attribution.owned_sources import owner_speaks
from retrieval.attribution.references import References
from retrieval.attribution.resolve_memory import Resolved
from retrieval.attribution.salience import titled_person
from retrieval.attribution.speakers import Phrase

__all__ = ["Resolved", "Resolver", "plural_group"]


class Resolver(References):
    """Resolves speaker phrases in article order, remembering who has spoken."""

    def resolve(self, phrase: Phrase, index: int, appositive: str | None = None, at_start: bool = True) -> Resolved:
        """The canonical speaker for a phrase in sentence ``index``.

        Args:
            phrase: the words naming the speaker, read by ``speakers.read_phrase``.
            index: the sentence number within the article.
            appositive: a description given beside the name (", a nurse").
            at_start: the phrase opens the sentence (so the sentence has no other subject).
        """
        phrase = owner_speaks(phrase) or phrase  # "according to Twitter's data", "his tweet continued"
        if appositive and (named := named_appositive(phrase, appositive) or named_relative(phrase, appositive)) is not None:
            phrase, appositive = named  # "Motel 6's parent company, G6 Hospitality LLC, said"
        phrase, appositive = whole_name(phrase, self._masked[index] if index < len(self._masked) else "", appositive)  # "Small Arms Analytics | & Forecasting"
        found = self._resolve(phrase, index, appositive, at_start)
        if phrase.document and found.resolution != "unresolved":
            self._documents[phrase.document] = found.speaker  # "according to Marshall's report"
        return found

    def _resolve(self, phrase: Phrase, index: int, appositive: str | None, at_start: bool) -> Resolved:
        self._index = index
        document = self._documents.get(repeated_document(phrase.name) or "")
        known = document or self._aliases.full(phrase.name)
        if known is not None:
            # "BW said" after "British Widgets (BW)": one speaker, however the article writes it;
            # "according to the report" after "Marshall issued a report": the report's author.
            person = next((p for p in self._people.values() if p.name == known), None)
            if not document:  # a document's author is not heard anew: "the letter said ... they wrote"
                self._remember(known, "person" if person else "organisation", person.gender if person else None, None)
            return Resolved(known, phrase.name if document else None, "role" if document else "alias")
        if phrase.kind != "person" and (titled := titled_person(self._people.values(), phrase.name, index)) is not None:
            self._remember(titled.name, "person", titled.gender, titled.description)
            return Resolved(titled.name, titled.description, "role")
        if phrase.kind not in ("person", "surname", "pronoun") and (owned := self._owned(phrase, index, at_start)) is not None:
            return owned
        if phrase.kind == "person":
            person = self._person(phrase.name, phrase, index)
            description = appositive or phrase.description or person.description
            if person.description is None:
                person.description = description
            self._remember(person.name, "person", person.gender, description)
            return Resolved(person.name, description, "direct")
        other = self._written_otherwise(phrase, index)
        if other is not None:
            return other
        if phrase.kind == "surname":
            return self._surname(phrase, index, appositive)
        if phrase.kind == "pronoun":
            return self._pronoun(phrase, index, at_start)
        quantity = partitive(phrase.name)
        if quantity is not None:
            return self._partitive(quantity, phrase, index)
        if phrase.kind == "role":
            return self._role(phrase, index)
        if phrase.kind == "organisation" and phrase.name.lower().startswith("the "):
            for speaker, cls, _, description, _ in reversed(self._history):
                if cls == "organisation" and phrase.head in speaker.lower() and speaker.lower() != phrase.name.lower():
                    return Resolved(speaker, description, "role")
        if phrase.kind in ("unnamed", "group") and refers_back(phrase.name):
            for speaker, cls, _, description, said in reversed(self._history):
                if cls in ("unnamed", "group") and speaker.lower() != phrase.name.lower() and repeats_source(phrase.name, phrase.head, speaker, index - said):
                    return Resolved(speaker, description, "role")  # "a person familiar with the matter" ... "the source"
            found = described(self._history, self._people.values(), phrase.name, phrase.head, index) if phrase.head in lexicon().titles else None
            if found is not None and not found[2]:
                return Resolved(found[0], found[1], "role")  # "the speaker" after "House Speaker John Boehner"
        if phrase.kind in ("organisation", "unnamed"):
            document = generic_document(phrase.name, self._history, self._masked, index)  # "A lawsuit says ... the document"
            body = self._body(phrase, index) or (Resolved(document, phrase.name, "role") if document else None)
            if body is not None:
                return body
        cls = {"organisation": "organisation", "unnamed": "unnamed"}.get(phrase.kind, "group")
        self._remember(phrase.name, cls, None, appositive)
        return Resolved(phrase.name, appositive, "direct")

    def _written_otherwise(self, phrase: Phrase, index: int) -> Resolved | None:
        """Speakers named before, written another way: "Richards and Yelling agree" -> "Hugh
        Richards and Liz Yelling" (``groups.together``); "the Syrian Observatory said" -> the longer
        name heard before (``_longer_body``); "Both leaders said", "Tara's owners said" -> the two
        people named last (``backrefs.pair_of``)."""
        pair = (self._couples.of(phrase.name) if phrase.kind != "person" else None) or (
            pair_of(list(self._people.values()), self._history, phrase.name, index) if phrase.kind in ("group", "role", "unnamed", "organisation") else None
        )
        if pair is not None:
            self._remember(pair, "group", None, phrase.name)
            return Resolved(pair, phrase.name, "role")
        if phrase.kind == "group" or (phrase.kind == "surname" and "-" in phrase.name):
            if (joined := together(phrase.name, lambda n: self._surname_of(n, index))) is not None:
                self._remember(joined, "group", None, None)
                return Resolved(joined, None, "surname")
        return self._longer_body(phrase.name) if phrase.kind == "organisation" else None

    def _surname_of(self, surname: str, index: int) -> str | None:
        """The person a surname of one or two words names ("Yelling", "Rodriguez Sanchez"), if any."""
        person = self._by_surname(surname.split()[-1], None, index)
        if person is None or (" " in surname and not person.name.endswith(surname)):
            return None
        return person.name

    def _longer_body(self, name: str) -> Resolved | None:
        """ "Syrian Observatory", "Pew" -> a body heard before under a longer name those words open."""
        longer = longer_name(name, [speaker for speaker, cls, *_ in self._history if cls == "organisation"]) if name[:1].isupper() else None
        if longer is None:
            return None
        self._remember(longer, "organisation", None, None)
        return Resolved(longer, None, "alias")

    def _surname(self, phrase: Phrase, index: int, appositive: str | None) -> Resolved:
        """ "Hoffman said" -> the Hoffman named before; an unknown single name stays as written."""
        person = self._by_surname(phrase.name, phrase.gender, index) or misspelt(self._people.values(), phrase.name, index)
        if person is not None:
            if not person.key[0] and " " not in person.name and person.key not in self._read_alone:
                read_alone(person, self._masked)  # "pop star Dencia ... Hypocritical: Dencia is ..."
                self._read_alone.add(person.key)
            person.mentions.append(index)
            description = appositive or phrase.description or person.description
            self._remember(person.name, "person", person.gender, description)
            return Resolved(person.name, description, "surname")
        # An unknown single name ("DuVernay", "Iraq") may be a person or a country; a known first name ("Melanie said") is a person.
        gender = phrase.gender or lexicon().first_names.get(phrase.name.lower())
        if not (gender or phrase.description) and (body := self._longer_body(phrase.name)):
            return body  # "the Pew study found" after "the Pew Research Center": its first word
        full = written_in_full(self._masked, phrase.name, index)  # "Park Sang-hak ... Park said"
        cls = "person" if appositive or phrase.description or gender else "name"
        self._remember(full or phrase.name, cls, gender, appositive or phrase.description)
        return Resolved(full or phrase.name, appositive or phrase.description, "surname" if full else "direct")
