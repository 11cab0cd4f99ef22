import pytest

from retrieval.answer.questions import parse_question


@pytest.mark.parametrize(
    "question, intent, subject, topic",
    [
        ("who said casualties?", "who_said", None, "casualties"),
        ("Who said anything about the stock market in Tokyo?", "who_said", None, "the stock market in Tokyo"),
        ("who warned US allies?", "who_said", None, "US allies"),
        ("who expects a response", "who_said", None, "a response"),
        ("who was quoted on casualties", "speakers", None, "casualties"),  # everyone quoted on it, ranked
        ("What did Zarif say?", "what_did_say", "Zarif", None),
        ("what did Trump say about casualties?", "what_did_say", "Trump", "casualties"),
        ("what did the Pentagon spokesman say", "what_did_say", "the Pentagon spokesman", None),
        ("what has Iran said about war?", "what_did_say", "Iran", "war"),
        ("what is Trump saying about Iran", "what_did_say", "Trump", "Iran"),
        ("what did Esper tell the conference?", "what_did_say", "Esper", None),
        ("quotes from Hoffman", "what_did_say", "Hoffman", None),
        # what follows the speech verb is the topic; a verb inside the subject is no verb
        ("what did the fire chief say caused the blaze?", "what_did_say", "the fire chief", "caused the blaze"),
        ("what did Okonjo say after the vote?", "what_did_say", "Okonjo", "after the vote"),
        ("what did the state senator say?", "what_did_say", "the state senator", None),
        # a speech verb then a preposition ends the subject: Kim promised, in exchange for a pledge
        ("what did Kim promise in exchange for a no-invasion pledge?", "what_did_say", "Kim", "in exchange for a no-invasion pledge"),
        ("how did the coach react to the defeat?", "what_did_say", "the coach", "the defeat"),
        ("how did Okonjo respond?", "what_did_say", "Okonjo", None),
        ("show me statements by the ministry about oil", "what_did_say", "the ministry", "oil"),
        ("how many missiles were fired?", "how_many", None, "missiles were fired"),
        ("How much money was pledged", "how_many", None, "money was pledged"),
        ("help", "help", None, None),
        ("?", "help", None, None),
        ("Hello!", "help", None, None),
        # Not quote questions: searched as they are.
        ("who is Soleimani?", "search", None, "Soleimani"),
        ("Iran missiles", "search", None, "Iran missiles"),
        ("what did the attack destroy?", "search", None, "what did the attack destroy"),
        ("🚀🚀", "search", None, "🚀🚀"),
        ("what did say?", "search", None, "what did say"),
        ("what Zarif said about war", "what_did_say", "Zarif", "war"),
        # "which X": the noun runs up to the verb, and is the subject.
        ("which Labour activists criticised Blair?", "speakers", "Labour activists", "Blair"),
        ("which opposition leaders attacked the Budget?", "speakers", "opposition leaders", "the Budget"),
        ("which officials commented on cholera?", "speakers", "officials", "cholera"),
        ("which critic thinks Sideways will win?", "speakers", "critic", "Sideways will win"),
        ("which Pennsylvania voters were quoted?", "speakers", "Pennsylvania voters", None),
        # Aggregate shapes: a stance several people take, a noun with its occasion or its side.
        ("who criticised the new levy?", "speakers", None, "the new levy"),
        ("who reacted to the mayor being sacked?", "speakers", None, "the mayor being sacked"),
        ("who else praised the plan?", "speakers", None, "the plan"),
        ("who spoke in favor of the ferry tax?", "speakers", None, "the ferry tax"),
        ("who is quoted about the harbour?", "speakers", None, "the harbour"),
        ("which rowers were quoted after the regatta?", "speakers", "rowers", "the regatta"),
        ("which lawyers for the port authority are quoted?", "speakers", "lawyers", "the port authority"),
        ("who backed down?", "who_said", None, "down"),  # "backed" is no stance: it is left out
        # Timelines asked about a view that changed, or as a headline.
        ("how has Reyes's view of the plant changed?", "timeline", "Reyes", "the plant"),
        ("how has Reyes’ stance on the levy shifted over the years?", "timeline", "Reyes", "the levy"),
        ("Reyes on the plant over time", "timeline", "Reyes", "the plant"),
        ("what has Reyes been saying about the plant over time?", "timeline", "Reyes", "the plant"),
        # Where it was said and a hedge before the verb are neither subject nor topic.
        ("what did Nyong'o say in her speech about the letter?", "what_did_say", "Nyong'o", "the letter"),
        ("what did Blair allegedly promise voters?", "what_did_say", "Blair", None),
        ("what did Obama demand of Iraq's leaders?", "what_did_say", "Obama", "Iraq's leaders"),
    ],
)
def test_parse_question(question, intent, subject, topic):
    parsed = parse_question(question)
    assert (parsed.intent, parsed.subject, parsed.topic) == (intent, subject, topic)


def test_who_question_keeps_its_verb():
    assert parse_question("who warned US allies?").verb == "warned"


@pytest.mark.parametrize(
    "question, verb, topic",
    [
        ("who stood up for the harbour deal?", "stood up", "for the harbour deal"),
        ("who ruled out running for mayor?", "ruled out", "running for mayor"),
        ("which councillors pushed back against the levy?", "pushed back", "against the levy"),
        ("who backed down?", "backed", "down"),  # a particle alone is still the topic
        ("who warned up to 40 people were hurt?", "warned", "up to 40 people were hurt"),  # a bound
        ("who did Reyes blame for the delay?", "Reyes", "blame for the delay"),  # a name is no verb
    ],
)
def test_a_particle_after_the_verb_belongs_to_it(question, verb, topic):
    parsed = parse_question(question)
    assert (parsed.verb, parsed.topic) == (verb, topic)


def test_whitespace_and_trailing_punctuation_do_not_change_the_reading():
    assert parse_question("  what   did\nZarif say ?!  ") == parse_question("what did Zarif say?")


@pytest.mark.parametrize(
    "question, intent, subject, topic",
    [
        ("did the harbour master say the ferry would sail?", "what_did_say", "the harbour master", "the ferry would sail"),
        ("has Lind said anything about the dyke?", "what_did_say", "Lind", "the dyke"),
        ("did the union comment on the pay offer?", "what_did_say", "the union", "the pay offer"),
        ("did the coach say sorry?", "what_did_say", "the coach", "sorry"),
        ("did anyone warn of floods?", "who_said", None, "of floods"),
        ("did the ferry sail?", "search", None, "did the ferry sail"),  # no speech verb: a search
    ],
)
def test_a_yes_or_no_question_asks_for_what_was_said(question, intent, subject, topic):
    parsed = parse_question(question)
    assert (parsed.intent, parsed.subject, parsed.topic) == (intent, subject, topic)


@pytest.mark.parametrize(
    "question, topic",
    [("who is quoted most in the Port Arden story?", "Port Arden"), ("who was quoted in the ferry article?", "ferry")],
)
def test_the_story_asked_about_names_its_topic(question, topic):
    parsed = parse_question(question)
    assert (parsed.intent, parsed.topic) == ("speakers", topic)
