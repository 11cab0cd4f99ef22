"""Speaker-phrase checks: can these tokens name someone, is a token capitalised as a name, is a
span a person's name, a body's proper name or a description with no name in it.

Shared by the phrase walkers in ``phrases`` and the sentence subject in ``subjects``.
"""

from __future__ import annotations

from typing import Sequence

from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.speakers import name_run
from retrieval.attribution.tokens import Token
from retrieval.attribution.descriptions import document_noun
from retrieval.lexicon import words

__all__ = [
    "LIST_JOINERS", "MAX_COMMON_PHRASE", "is_named", "valid_phrase", "name_like", "joined", "is_list", "bare_name",
    "description_of_someone", "unnamed", "proper", "plain", "PARENTHETICAL_WORDS", "parenthetical", "object_of_clause",
    "TIME_PREPOSITIONS", "reduced_relative", "people_head", "before_count", "MAX_CONTACT_WORDS", "trailing_name", "contact_clause", "titled_name", "phrasal_verb_at",
]

# Words that join the names of a list ("Germany, Denmark, Norway and Poland said").
LIST_JOINERS = frozenset({"and", "&"})
# A common-noun source ("the announcer", "one slide") is at most this long.
MAX_COMMON_PHRASE = 5
# "cutting off a reporter": the object's determiner comes within this many words of the -ing verb.
OBJECT_DETERMINER_REACH = 2
# "one source said, is concerned": the verb and at most this many more words before the comma.
PARENTHETICAL_WORDS = 2
# "Every activist I spoke to": words of a relative clause after "I" or "we", at most.
MAX_CONTACT_WORDS = 3
# "fired back", "lashed out", "shot down": particles that make a past form before them a verb.
_PARTICLES = frozenset({"back", "out", "up", "off", "down"})
TIME_PREPOSITIONS = frozenset({"on", "in", "at", "last", "this", "early", "late"})  # "... on Wednesday"


def is_named(tok: Token) -> bool:
    """Capitalised as a name, not only because it opens the sentence ("It", "There's")."""
    return tok.is_cap and (tok.start > 0 or tok.lower not in lexicon().words["sentence_opener"])


def valid_phrase(toks: Sequence[Token], s: int, e: int) -> bool:
    """Can tokens ``s..e`` name a speaker (a name, a pronoun, a group, a role, "the announcer")?"""
    lex = lexicon()
    pronouns = lex.subject_pronouns
    span = toks[s : e + 1]
    if len(span) == 1 and span[0].lower in pronouns:
        return True
    for k, t in enumerate(span):
        if t.lower in pronouns and (len(span) > 1 or t.text != "I"):
            return False
        if is_named(t):
            continue
        if t.lower in lex.words["aux"] or t.lower in lex.words["boundary"] or t.lower in pronouns:
            return False
        if t.lower == "to" and k + 1 < len(span) and not span[k + 1].is_cap and span[k + 1].lower not in lex.words["determiner"] | lex.words["object_pronoun"]:
            return False  # "to break": an infinitive, so a clause ("allies close to him" is none)
    opens_count = len(span) > 1 and before_count(span[0], span[1])  # "About half of voters said"
    if (span[0].lower in lex.words["preposition"] and not opens_count) or (_participle(span) and not any(map(is_named, span))):
        return False  # "..., he said, cutting off a reporter who asked ...": a clause, no speaker
    if _verb_inside(span):
        return False  # "Marshall issued an online | report saying", "speaking in an interview on"
    if span[0].lower in lex.words["determiner"] and len(span) <= MAX_COMMON_PHRASE:
        return True  # "the announcer said", "one slide says", "the book said"
    if opens_count and span[-1].lower.endswith("s") and span[-1].is_word:
        return True  # "Only about 4 in 10 millennials say": a poll's share of people
    if any(is_named(t) or t.lower in lex.groups or t.lower in lex.roles or t.lower in lex.titles for t in span):
        return True
    # People nouns speak ("workers complained"), but not as the object of a clause opened just
    # before ("a pediatrician who treats children told ...": the speaker is the pediatrician).
    return people_head(span[-1]) and not (s > 0 and toks[s - 1].lower in lex.words["boundary"])


def before_count(word: Token, following: Token) -> bool:
    """``About 4 in 10 voters``, ``nearly half of them``: a word opening a count (a poll's share
    of people speaks as they do), not a preposition opening a phrase."""
    classes = lexicon().words
    if word.lower not in classes["count_opener"]:
        return False
    count = following.lower
    return count[:1].isdigit() or count in classes["fraction"] or count.split("-")[0] in words("number_words.txt")


def people_head(head: Token) -> bool:
    """People of any kind ("passengers", "workers") or the plural of a body ("rights groups")."""
    lowered = head.lower
    return lowered in words("people_words.txt") or (lowered.endswith("s") and lowered[:-1] in lexicon().groups)


def _verb_inside(span: Sequence[Token]) -> bool:
    """A verb and what follows it, not a speaker: a past form before its object's determiner
    ("Marshall **issued an** online", "the FBI **interviewed a** mom for") or its particle
    ("officials **fired back**", "the mayor **lashed out** at"), or an -ing form opening
    the span before a preposition ("**speaking in** an interview on", "**withering in** his ...")."""
    if len(span) < 2:
        return False
    lex = lexicon()
    determiners = ("a", "an", "the")
    # "police issued a statement saying": the thing put out carries the subject's words (``participles``).
    carried = span[-1].lower in words("carrier_nouns.txt") or document_noun(span[-1].lower)
    for k in range(len(span) - 1):
        tok = span[k]
        if tok.is_cap or not tok.is_word or tok.lower in lex.titles:
            continue
        past = tok.lower.endswith("ed") or tok.lower in words("past_forms.txt")
        if k and not carried and past and span[k + 1].lower in determiners:
            return True  # "Marshall issued an", "The administration gave the industry"
        if k and past and span[k + 1].lower in _PARTICLES and (k + 2 == len(span) or span[k + 2].lower == "at"):
            # "White House officials fired back", "TIME Magazine fired back at" ("People signed
            # up for the program" is a description: the verb and its particle are a relative clause).
            return True
        if k == 0 and tok.lower.endswith("ing") and span[1].lower in lex.words["preposition"]:
            return True
    return False


def phrasal_verb_at(toks: Sequence[Token], first: int, last: int) -> int | None:
    """ "White House officials **fired back** immediately saying", "the union **hit back**": where
    a verb and the particle ending tokens ``first..last`` start (after their first word), else
    None. Any lower-case word but a person or body noun is a verb there, past or present."""
    tok = toks[last - 1] if last - 1 > first else None
    if tok is None or not tok.is_word or tok.is_cap or toks[last].lower not in _PARTICLES:
        return None
    lex = lexicon()
    noun = tok.lower in lex.groups or tok.lower in lex.roles or tok.lower in lex.titles or people_head(tok)
    return None if noun else last - 1


def _participle(span: Sequence[Token]) -> bool:
    """An -ing verb taking an object ("cutting off a reporter"), not an adjective ("restructuring experts")."""
    lex = lexicon()
    verb = not span[0].is_cap and span[0].lower.endswith("ing") and span[0].lower not in lex.titles
    return verb and any(t.lower in lex.words["determiner"] for t in span[1 : 1 + OBJECT_DETERMINER_REACH])


def name_like(toks: Sequence[Token], s: int, e: int) -> bool:
    """A person's name: two name words ("Scott Pruitt"), or a title and a name ("Mr. Kamin")."""
    start = name_run(list(toks[s : e + 1]), e - s)
    if any(lexicon().groups.get(t.lower) == "organisation" for t in toks[s + start : e + 1]):
        return False  # "the Security Council"
    if e - s - start >= 1:
        return True
    return start == e - s and e > s and toks[e - 1].lower in lexicon().titles


def joined(toks: Sequence[Token], s: int, e: int) -> str:
    out = ""
    for tok in toks[s : e + 1]:
        out += tok.text if not out or tok.text in ",.)" or out.endswith("(") else " " + tok.text
    return out


def is_list(toks: Sequence[Token], s: int, e: int) -> bool:
    names = [t for t in toks[s : e + 1] if t.lower not in LIST_JOINERS]
    return len(names) < e - s + 1 and all(t.is_cap for t in names)


def bare_name(toks: Sequence[Token], s: int, e: int) -> bool:
    return all(t.is_cap for t in toks[s : e + 1]) and name_like(toks, s, e)


def description_of_someone(toks: Sequence[Token], s: int, e: int) -> bool:
    """ "An uncle of Yassine Labidi", "a spokesman for Trump": a description opening with a
    determiner and a common noun, names only after it."""
    determiners = lexicon().words["determiner"]
    return s < e and toks[s].lower in determiners and toks[s + 1].is_word and not toks[s + 1].is_cap


def unnamed(toks: Sequence[Token], s: int, e: int) -> bool:
    """A description with no name in it ("the architect", "a spokesman for the mayor")."""
    determiners = lexicon().words["determiner"]
    return toks[s].lower in determiners and not any(is_named(t) and t.lower not in determiners for t in toks[s : e + 1])


def proper(toks: Sequence[Token], s: int, e: int) -> bool:
    """A person's or body's proper name: "Aissata Konde", "the Friends of the Vell Museum"."""
    words = lexicon().words
    if s > e:
        return False
    body = toks[s].lower == "the" and s < e  # a named body ("the Friends of ..."), not "Democrat of Ohio"
    if body:
        s += 1
    span = toks[s : e + 1]
    if not (span[0].is_cap and span[-1].is_cap) or any(not t.is_word for t in span):
        return False
    if not all(t.is_cap or t.lower in words["preposition"] or t.lower in ("the", "and", "&") for t in span):
        return False
    return name_like(toks, s, e) or (body and len(span) >= 2)


def plain(toks: Sequence[Token], s: int, e: int) -> bool:
    """Words with no verb-like function word among them ("federal statistics", "show insiders")."""
    lex = lexicon()
    words = lex.words
    return all(
        t.lower not in words["aux"] and t.lower not in words["boundary"] and t.lower not in lex.subject_pronouns for t in toks[s : e + 1]
    )


def parenthetical(toks: Sequence[Token], end: int) -> bool:
    """``The Staff, one source said, is concerned``: the clause after the phrase ends in a comma
    within a word or two of the verb and the sentence goes on, so the phrase is the speaker, not
    the description of a name before it."""
    k = end + 1
    while k < len(toks) and toks[k].is_word and k - end <= PARENTHETICAL_WORDS:
        k += 1
    return k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].is_word


def object_of_clause(toks: Sequence[Token], seg: tuple[int, int, int]) -> tuple[int, int, int]:
    """``drew rebuttal from Iran's foreign minister, who``: a segment opened by a lower-case word
    that names no one is a clause; the antecedent is the phrase after its last preposition."""
    lex = lexicon()
    first, last, stop = seg
    opener = toks[first]
    if opener.is_cap or opener.lower in lex.words["determiner"] or opener.lower in lex.groups or opener.lower in lex.roles:
        return seg
    prepositions = [k for k in range(first + 1, last) if toks[k].lower in lex.words["preposition"]]
    return (prepositions[-1] + 1, last, prepositions[-1]) if prepositions else seg


def reduced_relative(toks: Sequence[Token], k: int) -> bool:
    """A past participle after a noun, then a preposition or a time word: "papers **signed by**",
    "a form **released in** June", "documents **filed late** Wednesday"."""
    words = lexicon().words
    tok, before = toks[k], toks[k - 1]
    if tok.is_cap or not tok.lower.endswith("ed") or before.lower in words["determiner"] or k + 1 >= len(toks):
        return False
    after = toks[k + 1].lower
    return after in words["preposition"] or after in words["time"] or after in TIME_PREPOSITIONS


def trailing_name(toks: Sequence[Token], first: int, last: int) -> int | None:
    """``In a Bloomberg interview Trump declared``: where the name that ends an opening phrase starts."""
    lex = lexicon()
    if toks[first].lower not in lex.words["preposition"] or not is_named(toks[last]):
        return None
    k = last
    while k > first and toks[k - 1].is_cap and lex.groups.get(toks[k - 1].lower) != "organisation":
        k -= 1
    return k if k > first and toks[k - 1].is_word else None


def contact_clause(toks: Sequence[Token], first: int, last: int) -> bool:
    """``Every activist I spoke to``: a description, then a relative clause without "who" opened
    by "I" or "we", so the unnamed speaker is the whole description."""
    k = next((m for m in range(first + 1, last) if toks[m].lower in ("i", "we")), None)
    if k is None or last - k > MAX_CONTACT_WORDS or not valid_phrase(toks, first, k - 1):
        return False
    return not any(toks[m].is_cap for m in range(k + 1, last + 1))


def titled_name(toks: Sequence[Token], s: int, e: int) -> bool:
    """A work's title in apposition: capitalised words, small words and possessives between
    ("Brown's Britain", "The State of the Union")."""
    span = toks[s : e + 1]
    small = lexicon().words["preposition"] | {"the", "a", "an", "and"}
    return bool(span) and span[0].is_cap and span[-1].is_cap and all(t.is_word and (t.is_cap or t.lower in small) for t in span)
