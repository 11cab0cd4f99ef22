"""Reads what a question asks: who said something, what someone said, how many, or a plain search.

Pure text in, a ``ParsedQuestion`` out; no index access. The patterns are a named table so the
intent shown to users (``--explain``, JSON) is the name of the rule that matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.lexicon import lines
from retrieval.results import Intent

__all__ = ["ParsedQuestion", "parse_question"]


@dataclass(frozen=True, slots=True)
class ParsedQuestion:
    intent: Intent
    subject: str | None  # who the question is about ("Zarif", "the Pentagon spokesman"; "officials" in "which officials ...")
    topic: str | None  # what the quotes should be about
    verb: str | None = None  # the verb of a "who <verb> ..." question ("warned", "expects")


# Verbs that ask for someone's words in "what did X <verb> (about Y)?" (see the lexicon README).
_SPEECH_ASK = "(?:" + "|".join(re.escape(w) for line in lines("question_speech_verbs.txt") for w in line.split()) + ")"
_ABOUT = r"(?:about|on|regarding|concerning|of|over|when\s+asked\s+about)"
_COMMENTED = r"(?:commented|spoken|spoke|talked|weighed\s+in)"
# The forms of the reporting verbs ("criticised", "warns"), which end the noun of "which X ...".
_REPORTING = "(?:" + "|".join(
    sorted({re.escape(w) for line in lines("reporting_verbs.txt") for w in line.split("|")[0].split()}, key=len, reverse=True)
) + ")"
_NOUNS = r"[\w’'-]+(?:\s+[\w’'-]+){0,2}"  # "analysts", "opposition leaders", "Labour party activists"
# "who criticised the bill?": a stance several people take, asked of everyone who took it.
_STANCE = "(?:" + "|".join(sorted({re.escape(w) for line in lines("stance_verbs.txt") for w in line.split()}, key=len, reverse=True)) + ")"
_QUOTED = r"(?:were|are|was|is|have\s+been|has\s+been)\s+(?:quoted|cited)"
_OVER_TIME = r"(?:over\s+time|over\s+the\s+years|through\s+the\s+years)"
# What a view is called in "how has X's view of Y changed?".
_STANDPOINT = r"(?:view|views|position|stance|tone|line|thinking)"
# What a quote was given after or at: "which players were quoted after the loss?"
_OCCASION = r"(?:after|following|during|at|in|over)"
# "what did Blair allegedly promise?": a hedge between the speaker and the verb.
_HEDGE = r"(?:\s+(?:allegedly|reportedly|actually|really|just|also|ever|once))?"
# Where it was said, in "what did Nyong'o say in her speech about the letter?".
_SETTING = r"(?:\s+(?:in|at|during)\s+(?:his|her|their|its|the|a|an)\s+[\w-]+)?"
# A subject holds no speech verb followed by a preposition: "what did Kim promise in exchange for
# a no-invasion pledge?" names Kim, not "Kim promise in exchange for a no-invasion".
_SUBJECT = rf"(?P<subject>(?:(?!\s{_SPEECH_ASK}\s+(?:in|for|with|to|on|at|after|before|if)\s).)+?)"
# Who was told, in "what did Esper tell reporters / the conference?".
_AUDIENCE = r"(?:\s+(?:reporters|journalists|supporters|voters|the\s+[a-z]+|a\s+[a-z]+))?"

# (intent, pattern) tried in order; named groups: subject, topic, verb.
_RULES: tuple[tuple[Intent, re.Pattern[str]], ...] = (
    # Asking how to use quotebot, or only greeting it: every front end shows its usage.
    ("help", re.compile(r"^(?:help|usage|hi|hello|hey|\?|what can (?:you|i) (?:do|ask)|how does this work)$", re.I)),
    # Aggregates: speakers ranked by how many matching quotes they have. "in the Tamir Rice story"
    # names the article asked about, whose sentences never say "story".
    (
        "speakers",
        re.compile(
            r"^who(?:'s|’s|\s+is|\s+was|\s+are|\s+has\s+been|\s+have\s+been)?\s+(?:quoted|cited)(?:\s+(?:the\s+)?most(?:\s+often)?)?"
            r"\s+in\s+the\s+(?P<topic>.+?)\s+(?:story|stories|article|articles|piece|coverage)$",
            re.I,
        ),
    ),
    (
        "speakers",
        re.compile(
            rf"^who(?:'s|’s|\s+is|\s+was|\s+are|\s+has\s+been|\s+have\s+been)?\s+(?:quoted|cited|{_COMMENTED})\s+(?:the\s+)?most"
            rf"(?:\s+often)?(?:\s+{_ABOUT}\s+(?P<topic>.+?))?$",
            re.I,
        ),
    ),
    ("speakers", re.compile(rf"^who(?:\s+has|\s+have|\s+else)?\s+{_COMMENTED}\s+(?:on|about|regarding)\s+(?P<topic>.+?)$", re.I)),
    (
        "speakers",
        re.compile(
            rf"^which\s+(?P<subject>[\w’'-]+(?:\s+[\w’'-]+)?)\s+(?:have\s+|has\s+|were\s+|are\s+)?"
            rf"(?:{_COMMENTED}|quoted)\s+(?:on|about|regarding)\s+(?P<topic>.+?)$",
            re.I,
        ),
    ),
    # "which Pennsylvania voters were quoted?": the speakers the noun names, on any topic.
    ("speakers", re.compile(rf"^which\s+(?P<subject>{_NOUNS})\s+{_QUOTED}$", re.I)),
    # "which players were quoted after the loss?", "which lawyers for the company are quoted?".
    ("speakers", re.compile(rf"^which\s+(?P<subject>{_NOUNS}?)\s+{_QUOTED}\s+(?:{_ABOUT}|{_OCCASION})\s+(?P<topic>.+?)$", re.I)),
    ("speakers", re.compile(rf"^which\s+(?P<subject>{_NOUNS}?)\s+(?:for|on|at|from|in|with)\s+(?P<topic>.+?)\s+{_QUOTED}$", re.I)),
    # "who is quoted on the deal?", "who criticised the bill?", "who reacted to the firing?",
    # "who spoke in favour of the wage?": everyone who did, ranked.
    ("speakers", re.compile(rf"^who(?:\s+else)?\s+{_QUOTED}\s+{_ABOUT}\s+(?P<topic>.+?)$", re.I)),
    ("speakers", re.compile(rf"^who(?:\s+else)?\s+(?:has\s+|have\s+|had\s+)?(?P<verb>{_STANCE})(?:\s+to)?\s+(?P<topic>.+?)$", re.I)),
    ("speakers", re.compile(r"^who(?:\s+else)?\s+(?P<verb>spoke|argued|came\s+out)\s+(?:in\s+favou?r\s+of|against|out\s+against|up\s+for)\s+(?P<topic>.+?)$", re.I)),
    # "which Labour activists criticised Blair?": the noun runs up to the verb.
    ("speakers", re.compile(rf"^which\s+(?P<subject>{_NOUNS}?)\s+(?P<verb>{_REPORTING}|[a-z]+ed)\s+(?P<topic>.+?)$", re.I)),
    ("speakers", re.compile(r"^which\s+(?P<subject>[\w’'-]+(?:\s+[\w’'-]+)??)\s+(?P<verb>[a-z]+)\s+(?P<topic>.+?)$", re.I)),
    # A timeline: one speaker's matching quotes in date order.
    (
        "timeline",
        re.compile(
            rf"^(?:what|how)\s+(?:has|have|did)\s+(?P<subject>.+?)\s+(?:been\s+)?{_SPEECH_ASK}(?:ing)?(?:\s+{_ABOUT}\s+(?P<topic>.+?))?"
            rf"\s+{_OVER_TIME}$",
            re.I,
        ),
    ),
    # "how has Reyes's view of the plant changed?", "Reyes on the plant over time".
    ("timeline", re.compile(rf"^how\s+(?:has|have|did)\s+(?P<subject>.+?)['’]s?\s+{_STANDPOINT}\s+(?:on|of|about|towards?)\s+(?P<topic>.+?)\s+(?:changed|shifted|evolved|change|shift|evolve)(?:\s+{_OVER_TIME})?$", re.I)),
    ("timeline", re.compile(rf"^(?P<subject>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}})\s+(?:on|about)\s+(?P<topic>.+?)\s+{_OVER_TIME}$")),
    (
        "what_did_say",
        re.compile(
            rf"^(?:and\s+)?what\s+(?:did|does|do|has|have|had|is|are|was|were|else\s+did)\s+{_SUBJECT}{_HEDGE}\s+"
            rf"(?:(?:been|got|have|had)\s+)?(?:to\s+)?{_SPEECH_ASK}(?:ing)?{_AUDIENCE}{_SETTING}(?:\s+{_ABOUT}\s+(?P<topic>.+?))?$",
            re.I,
        ),
    ),
    (
        "what_did_say",
        # "what did police say caused the explosion?", "what did Graham say after the vote?": what
        # follows the verb is the topic (tried after the rule above: "the state senator say").
        re.compile(
            rf"^(?:and\s+)?what\s+(?:did|does|do|has|have|had|is|are|was|were|else\s+did)\s+(?P<subject>.+?){_HEDGE}\s+"
            rf"{_SPEECH_ASK}\s+(?P<claim>.+?)$",
            re.I,
        ),
    ),
    # "quotes from Reyes about the plant", "anything from the union on the strike?": Reyes's words.
    (
        "what_did_say",
        re.compile(
            rf"^(?:(?:show|give|find|list)\s+(?:me\s+)?)?(?:quotes|statements|comments|everything|all|anything|something"
            rf"|any\s+(?:word|words|comment|comments|quotes?|statements?))\s+(?:from|by)\s+"
            rf"(?P<subject>.+?)(?:\s+{_ABOUT}\s+(?P<topic>.+?))?$",
            re.I,
        ),
    ),
    (
        "what_did_say",
        # "what Zarif said"; an auxiliary is no subject ("what did say?" names nobody).
        re.compile(
            rf"^what\s+(?!(?:did|does|do|has|have|had|is|are|was|were)\b)(?P<subject>.+?)\s+{_SPEECH_ASK}"
            rf"(?:\s+{_ABOUT}\s+(?P<topic>.+?))?$",
            re.I,
        ),
    ),
    # "did Foxx say she would quit?", "did the FBI comment on the threat?": asked as yes or no,
    # answered with what they said; "did anyone warn of floods?" asks who did.
    ("who_said", re.compile(r"^(?:did|has|have)\s+(?:anyone|anybody|someone|somebody)\s+(?P<verb>[a-z]+)\s+(?P<topic>.+?)$", re.I)),
    (
        "what_did_say",
        re.compile(
            rf"^(?:did|does|do|has|have)\s+(?P<subject>.+?){_HEDGE}\s+(?:{_SPEECH_ASK}|comment|speak|talk)\s+{_ABOUT}\s+(?P<topic>.+?)$",
            re.I,
        ),
    ),
    ("what_did_say", re.compile(rf"^(?:did|does|do|has|have)\s+(?P<subject>.+?){_HEDGE}\s+{_SPEECH_ASK}(?:\s+(?:that\s+)?(?P<claim>.+?))?$", re.I)),
    # "how did the coach react to the win?": what they said in answer to it.
    ("what_did_say", re.compile(r"^how\s+(?:did|does|do|has|have)\s+(?P<subject>.+?)\s+(?:react|respond|reply)(?:\s+to\s+(?P<topic>.+?))?$", re.I)),
    # "who is Soleimani?" asks about a person, not for a quote: plain search.
    ("search", re.compile(r"^who\s+(?:is|was|are|were)\s+(?P<topic>.+?)$", re.I)),
    ("how_many", re.compile(r"^how\s+(?P<verb>many|much)\s+(?P<topic>.+?)$", re.I)),
    # "how long did Dorn serve?", "how soon will people get cash?": a count of units of time (``durations``).
    ("how_many", re.compile(r"^how\s+(?P<verb>long|soon)\s+(?P<topic>.+?)$", re.I)),
    (
        "who_said",
        re.compile(r"^who(?:'s|’s|\s+has|\s+have|\s+had|\s+did|\s+is|\s+was)?\s+(?P<verb>[a-z]+)\s+(?P<topic>.+?)$", re.I),
    ),
)

# "who said anything about X" asks about X.
_FILLER = re.compile(r"^(?:(?:anything|something|everything|things?)\s+)?(?:about|on|regarding|concerning)\s+", re.I)
_TRAILING = re.compile(r"[\s?!.。？！]+$")
_SPACES = re.compile(r"\s+")


def parse_question(question: str) -> ParsedQuestion:
    """Classify a question and pull out its subject and topic.

    Args:
        question: the user's words, already free of Slack markup.

    Returns:
        The intent with the subject and topic as the user wrote them; ``search`` when no rule fits.
    """
    text = _TRAILING.sub("", _SPACES.sub(" ", question).strip())
    if not text:  # only punctuation, e.g. "?"
        return ParsedQuestion(intent="help", subject=None, topic=None)
    for intent, pattern in _RULES:
        match = pattern.match(text)
        if match is None:
            continue
        groups = match.groupdict()
        topic = groups.get("topic") or groups.get("claim") or ""
        verb, topic = _phrasal(groups.get("verb") or None, topic)
        return ParsedQuestion(intent=intent, subject=_clean(groups.get("subject")), topic=_clean(_FILLER.sub("", topic)), verb=verb)
    return ParsedQuestion(intent="search", subject=None, topic=text or None)


_PARTICLE = re.compile(r"^(?P<particle>" + "|".join(w for line in lines("verb_particles.txt") for w in line.split()) + r")\s+(?!to\s+\d)(?P<rest>.+)$", re.I)  # "up to 40 people" is a bound


def _phrasal(verb: str | None, topic: str) -> tuple[str | None, str]:
    """A particle opening the topic belongs to the verb: "stood" + "up for the deal" is "stood
    up" + "for the deal"."""
    particle = _PARTICLE.match(topic) if verb and verb[:1].islower() else None
    if particle is None:
        return verb, topic
    return f"{verb} {particle.group('particle')}", particle.group("rest")


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip(" \"'“”‘’")
    return value or None
