"""Checks the cue rules make around a reporting verb: set phrases, quoted labels, what follows
the verb, and whether a phrase can speak. Pure functions over a sentence's tokens."""

from __future__ import annotations

from typing import Sequence

from retrieval.attribution.claims import Claim
from retrieval.attribution.descriptions import possessive_owner
from retrieval.attribution.lexicon import Verb, lexicon
from retrieval.attribution.noun_forms import negative_subject, noun_form
from retrieval.attribution.segments import Span
from retrieval.attribution.tokens import Token
from retrieval.attribution.validity import is_named, people_head
from retrieval.lexicon import words as word_list

__all__ = [
    "MAX_TAIL_TOKENS", "MAX_LISTENER_WORDS", "MAX_LABELLED_WORDS", "idiom", "labels", "gapped_label", "gap_subject", "after_what", "blocked_after",
    "bare_tail", "tail", "can_speak", "EMPTY_SUBJECTS", "object_pronoun", "next_is_quote", "clause_follows", "reports_nothing",
    "noun_position", "unnamed_source", "opening_clause_end", "singular_name",
]

# What may follow a trailing ", X said" before the sentence ends ("in a statement on Monday").
MAX_TAIL_TOKENS = 12
# "he told reporters." / "she told the Associated Press.": a listener, not a message.
MAX_LISTENER_WORDS = 4
# "called the UK's £3bn rebate from the European Union “unjustified”", "described her decision
# to enter the New York marathon as “impulsive”": the object between the verb and its label.
MAX_LABELLED_WORDS = 10
# "agreed the economy was strong": the subject of a that-less clause after the verb, at most.
MAX_CLAUSE_SUBJECT = 4
# Subjects that name nobody ("It is critical that", "That was firm", "It was in a statement that").
EMPTY_SUBJECTS = frozenset({"it", "this", "that", "there", "what", "which"})
_AMOUNT_SIGNS = frozenset("£$€¥")
_LABELLED_PRONOUNS = frozenset({"it", "them", "him", "her"})
_DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})
_POSSESSIVES = frozenset({"its", "his", "their", "our", "my", "your"})  # "its proposed cutoff"; "her" may be an object
# "what the operator called “...”", "whom he called “...”": words opening a gapped label's clause.
_GAP_OPENERS = frozenset({"what", "whom", "which", "that", "who"})
  # "called it a budget for Middle England"


def blocked_after(toks: Sequence[Token], j: int, verb: Verb) -> bool:
    """A ``notbefore`` word follows the verb, or follows it past a possessive: "reported from
    Midway Atoll", "pledged allegiance to", "pledged his allegiance to"."""
    if j >= len(toks):
        return False
    if toks[j].lower in verb.not_before:
        return True
    return possessive_owner(toks[j].lower) is not None and j + 1 < len(toks) and toks[j + 1].lower in verb.not_before


def idiom(toks: Sequence[Token], i: int) -> bool:
    """A reporting word inside a set phrase that reports nothing ("All told", "so-called")."""
    idioms = lexicon().idioms
    before = toks[i - 1].lower if i > 0 else ""
    after = toks[i + 1].lower if i + 1 < len(toks) else ""
    return f"{before} {toks[i].lower}" in idioms or f"{toks[i].lower} {after}" in idioms


def labels(toks: Sequence[Token], j: int, via: str | None) -> bool:
    """A short object, then (``via``, then) a quotation: ``called the return “a historic day”``,
    ``called the £3bn rebate from the EU “unjustified”``; after ``via`` no quotation is needed
    (``described the theft as an armed robbery``)."""
    words = lexicon().words
    if via is None and j + 2 < len(toks) and toks[j].lower in _LABELLED_PRONOUNS and toks[j + 1].lower in ("a", "an") and toks[j + 2].is_word:
        # "called it a budget for Middle England": a label needs no quotation after a pronoun
        # ("called it a day" is a set phrase, speech_idioms.txt).
        return " ".join(t.lower for t in toks[j - 1 : j + 3]) not in lexicon().idioms
    if via is None and toks[j : j + 1] and toks[j].lower in _LABELLED_PRONOUNS and _bare_label(toks, j + 1):
        return " ".join(t.lower for t in toks[j - 1 : j + 2]) not in lexicon().idioms  # "called it unconstitutional and refused to": a word of judgement, unquoted
    k = j
    while k < len(toks) and k - j <= MAX_LABELLED_WORDS:
        tok = toks[k]
        if not tok.is_word:
            if tok.text in _AMOUNT_SIGNS:
                k += 1  # "the £3bn rebate"
                continue
            break
        if via is not None and tok.lower == via and k > j:
            return True
        if k == j and tok.lower in _DEMONSTRATIVES:
            k += 1  # "described that comment as “a threat”": a determiner here, no clause
            continue
        if tok.lower in words["boundary"] or tok.lower in words["aux"]:
            return False  # "called it off because ..."
        if tok.lower in words["preposition"] and (k == j or object_pronoun(toks[k - 1])):
            return False  # "called for calm", "called on voters", "called them in"
        if tok.lower in words["preposition"] and k + 1 < len(toks) and toks[k + 1].lower.endswith("ing") and toks[k + 1].lower != "ongoing":
            return False  # "characterized the misuse by labeling expenses as ...": a clause of its own
        k += 1
    return via is None and k > j and k < len(toks) and toks[k].is_quote


def _bare_label(toks: Sequence[Token], k: int) -> bool:
    """One lower-case word of judgement after a pronoun object, then the clause's end, a comma or
    "and"/"or" ("called it unconstitutional and", "called it sad and disappointing"); never a
    particle, a preposition, a time or a name ("called him back", "called her in", "called them
    Friday", "called him Bob")."""
    if k >= len(toks) or not toks[k].is_word or toks[k].is_cap or len(toks[k].text) <= 2:
        return False
    words = lexicon().words
    lowered = toks[k].lower
    if lowered in word_list("verb_particles.txt") or any(lowered in words[kind] for kind in ("preposition", "boundary", "aux", "determiner", "time", "modal", "negation")):
        return False
    if lowered in lexicon().verbs or lowered.endswith("ing"):
        return False  # "called them saying", "called him told": a clause of its own
    after = toks[k + 1] if k + 1 < len(toks) else None
    return after is None or not after.is_word or after.lower in ("and", "or")


def gapped_label(toks: Sequence[Token], j: int, via: str | None) -> bool:
    """``what the operator called “severe disruption”``, ``an event Corker described as a “photo
    op”``: the thing labelled stands before the clause, the quoted label right after the verb."""
    k = j + 1 if via is not None and j < len(toks) and toks[j].lower == via else j
    if k < len(toks) and toks[k].lower in ("a", "an"):
        k += 1
    return k < len(toks) and toks[k].is_quote


def gap_subject(toks: Sequence[Token], span: Span) -> bool:
    """The speaker of a gapped label opens its clause after "what", "whom", "which" or "that"
    ("what the operator called “...”"); "a show called “Brokers”" and "the cartoonist Garry
    Trudeau called “Yuge!”" (a title given) have no such clause."""
    return span.first > 0 and toks[span.first - 1].lower in _GAP_OPENERS


def after_what(toks: Sequence[Token], k: int) -> bool:
    """``what Turnbull called “...”``: the label names a thing in the reporter's sentence."""
    pronouns = lexicon().subject_pronouns
    while k >= 0 and toks[k].is_word and (toks[k].is_cap or toks[k].lower in pronouns) and toks[k].lower != "what":
        k -= 1
    return k >= 0 and toks[k].lower == "what"


def bare_tail(toks: Sequence[Token], j: int, verb: Verb) -> bool:
    """Only circumstances follow the verb ("on Twitter", "in a statement", "reporters")."""
    words = [t for t in toks[j:] if t.is_word]
    if any(t.is_quote for t in toks[j:]) or any(t.lower == "that" for t in words):
        return False
    if not words:
        return True
    lex = lexicon().words
    if verb.lemma == "tell" and len(words) <= MAX_LISTENER_WORDS:
        return True
    if words[0].lower in verb.also:
        return False  # "called for Wray's resignation.": the particle's object is what was said
    return words[0].lower in lex["preposition"] or words[0].lower in lex["time"]


def tail(toks: Sequence[Token], j: int) -> int:
    """Words after the verb up to the sentence end, or a large number when a clause follows."""
    count = 0
    for tok in toks[j:]:
        if tok.is_quote or (tok.lower in lexicon().words["boundary"] and not tok.is_cap):
            return MAX_TAIL_TOKENS + 1  # a clause follows: "I write this because ..."
        if tok.is_word:
            count += 1
        elif tok.text in ",;":
            return count if tok.text == "," and count <= MAX_TAIL_TOKENS else MAX_TAIL_TOKENS + 1
    return count


def can_speak(head: Token) -> bool:
    """A phrase headed by a name, a pronoun, a body, a group, a role or a title can speak; so can
    the plural of a body ("rights groups") and people of any kind ("passengers", "workers")."""
    lex = lexicon()
    lowered = head.lower
    return is_named(head) or lowered in lex.subject_pronouns or lowered in lex.groups or lowered in lex.roles or lowered in lex.titles or people_head(head)


def object_pronoun(tok: Token) -> bool:
    return tok.lower in lexicon().words["object_pronoun"] and not tok.text.isupper()


def next_is_quote(toks: Sequence[Token], j: int) -> bool:
    return j < len(toks) and toks[j].is_quote


def clause_follows(toks: Sequence[Token], j: int) -> bool:
    """A clause with "that" left out follows the verb: a pronoun, a name or a short phrase opened
    by a determiner, then a finite auxiliary ("agreed he was", "claims Ferguson should be")."""
    lex = lexicon()
    auxiliaries = word_list("finite_auxiliaries.txt")
    if _pronoun_clause(toks, j):
        return True  # "Barroso has indicated he wants the rebate to end"
    k = j
    while k < len(toks) and k - j < MAX_CLAUSE_SUBJECT and toks[k].is_word and toks[k].lower not in auxiliaries:
        k += 1
    if k == j or k >= len(toks) or toks[k].lower not in auxiliaries:
        return False
    subject = toks[j:k]
    if len(subject) == 1 and subject[0].lower in lex.subject_pronouns:
        return not subject[0].lower == "you"
    blocked = lex.words["boundary"] | lex.words["preposition"] | lex.words["aux"] | lex.subject_pronouns
    opens = subject[0].lower in lex.words["determiner"] or subject[0].is_cap
    return opens and not any(t.lower in blocked for t in subject)


def _pronoun_clause(toks: Sequence[Token], j: int) -> bool:
    """A subject pronoun then a lower-case finite verb ("he wants", "they owed"): a clause."""
    if j + 1 >= len(toks) or toks[j].lower not in lexicon().subject_pronouns or toks[j].lower == "you":
        return False
    verb = toks[j + 1]
    closed = lexicon().words["preposition"] | lexicon().words["boundary"]
    return verb.is_word and not verb.is_cap and verb.lower.endswith(("s", "ed")) and verb.lower not in closed


def reports_nothing(
    toks: Sequence[Token], i: int, verb: Verb, before: int, auxiliaries: set[str], follows: Token | None, j: int
) -> bool:
    """The verb form is a noun, an adjective, or speech that is negated, hypothetical or no speech."""
    words = lexicon().words
    if noun_form(toks, i, verb, auxiliaries, follows) or negative_subject(toks, before, verb):
        return True  # "the jobs report has", "a campaign promise", "Neither he nor his lawyer responded"
    if before >= 0 and (before == i - 1 or not auxiliaries):
        # The word before the verb, or before the adverbs opening its group ("Trump's earlier
        # claim", "the recently announced plan").
        previous = toks[before].lower
        owner = previous in _POSSESSIVES or previous.endswith(("’s", "'s")) and previous[:-2] not in lexicon().subject_pronouns | {"that", "there", "what"}
        if previous in ("the", "a", "an") or (not verb.finite and (previous in words["noun_marker"] or owner)):
            return True  # "Trump's claim", "initial reports", "the alleged attacker"
        if owner and verb.form.endswith("ed"):
            return True  # "the government's proposed changes": an adjective ("he's said" is a verb)
    if not verb.finite and not verb.participle and verb.form != verb.lemma and follows is not None and follows.lower in words["aux"]:
        return True  # "Her past comments were restrained", "Smith's claims are false": a noun
    if before == i - 1 and i > 0 and not verb.finite and not verb.participle and noun_position(toks[i - 1]) and not (i > 1 and toks[i - 2].lower == "the"):
        return True  # "were not available for comment", "declined comment": a noun ("advocates for the disabled allege" is a verb)
    if not verb.finite and not verb.participle and follows is not None and follows.is_word and not follows.is_cap and follows.lower.endswith("ed"):
        return True  # "a Justice Department report documented a pattern": a noun before its verb
    if verb.form == verb.lemma and auxiliaries & words["modal"]:
        return True  # "Kadzik wouldn't say"
    if auxiliaries & words["negation"]:
        return True  # "She did not say how much it would cost."
    if follows is not None and follows.lower in ("is", "was") and after_what(toks, before):
        return True  # "for what it says is its caliphate": the reporter's noun phrase, no report
    if before >= 0 and toks[before].lower == "to" and not verb.finite:
        return True  # "declined to comment"
    if follows is not None and follows.lower in verb.not_before:
        return True  # "reported from Midway Atoll"
    if j > i + 1 and toks[j - 1].lower == "back" and follows is not None and follows.is_word and not follows.is_cap and not (follows.lower in words["preposition"] or follows.lower in words["time"] or follows.lower in words["boundary"]):
        return True  # "pushed back news cameras", "pushed back the deadline": a thing moved ("pushed back on the claim" speaks)
    return bool(verb.needs) and j == i + 1  # "pointed to the data"; "pointed out that" is speech


def unnamed_source(text: str, toks: Sequence[Token], claim: Claim) -> bool:
    """``a second official familiar with ...`` names someone (a role, a group); ``the plan failed`` is a clause."""
    words = [t for t in toks if claim.start <= t.start and t.end <= claim.end]
    return any(can_speak(t) for t in words) and not any(t.is_word and not t.is_cap and t.lower.endswith("ed") for t in words)


def noun_position(previous: Token) -> bool:
    """A base form right after a preposition or a past tense is a noun ("for comment", "declined comment")."""
    lowered = previous.lower
    return lowered in lexicon().words["preposition"] or (previous.is_word and not previous.is_cap and lowered.endswith("ed"))


def opening_clause_end(toks: Sequence[Token]) -> int:
    """Where an opening subordinate phrase ends ("Reminded that ..., ", "Asked whether ..., ",
    "When ..., "): the offset of its comma, or 0 when the sentence opens with its main clause."""
    if not toks or not toks[0].is_word:
        return 0
    first = toks[0].lower
    participle = toks[0].is_cap and first.endswith("ed") and first in lexicon().verbs or first in word_list("clause_openers.txt")
    if not participle:
        return 0
    comma = next((t for t in toks if t.text == ","), None)
    return comma.end if comma is not None else 0


def singular_name(toks: Sequence[Token], first: int, last: int) -> bool:
    """A name, the last word no plural, words before it only capitalised, determiners or owners
    ("the mayor's Riverside"; not "Democrats", "advisers to Mr. Obama"): a base-form verb after
    one is a noun ("Charlottesville tweet")."""
    determiners = lexicon().words["determiner"]
    others = [t for t in toks[first:last] if not t.is_cap and t.lower not in determiners and not t.lower.endswith(("’s", "'s"))]
    return toks[last].is_cap and not toks[last].lower.endswith("s") and not others
