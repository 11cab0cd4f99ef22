"""A reproducible, wire-style news corpus of any size, for benchmarks.

Articles look like agency copy: a ` date YYYY-MM-DD tags` header, paragraphs of one to three
sentences, named speakers with roles, quotes in curly quotes (“...,” X said.), reported speech
(X said ...; ..., according to X), pronoun follow-ups, and figures (15, 5,000, 3.5%). Words come
from a made-up vocabulary of tens of thousands of words drawn with Zipfian frequencies behind a
core of real English function and news words, so postings lengths look like a real corpus's.
The same seed and size always give the same files.
"""

from __future__ import annotations

import datetime as _dt
import random
from pathlib import Path

import numpy as np

__all__ = ["generate", "questions", "SENTENCES_PER_ARTICLE"]

SENTENCES_PER_ARTICLE = 24  # on average; wire stories run 15 to 35 sentences
VOCABULARY = 60_000
FILES_PER_FOLDER = 1000
ZIPF_EXPONENT = 1.07  # fitted to English news word frequencies

_FUNCTION = "the of to and a in that for on is was with he it as at by from his be have are has but not were they this which an who will had their been would its or after more".split()
_NEWS = "government president minister officials police people country year week state military forces attack missiles troops oil prices inflation bank market talks election party court report security killed percent billion million city region border economy workers company".split()
_SYLLABLES = "ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze zi an en in on ar er or al el il ol ur as es is os us".split()
_FIRST = "James Mary Ali Fatima Chen Olga Pedro Aisha Hiroshi Ingrid Kwame Sofia Ivan Leila Tomas Nadia David Amara Yusuf Elena".split()
_ROLES = "Pentagon spokesman|foreign minister|central bank governor|police chief|senior official|party leader|health minister|army commander|union leader|company chief executive".split("|")
_VERBS = ["said", "told reporters", "said in a statement", "warned", "added", "wrote on Twitter"]
_UNITS = "missiles rockets troops people soldiers percent barrels tonnes votes casualties".split()


def _words(rng: np.random.Generator) -> np.ndarray:
    syllables = np.array(_SYLLABLES + [""])  # "" makes shorter words
    made: set[str] = set()
    while len(made) < VOCABULARY:
        draws = rng.integers(0, len(_SYLLABLES), (VOCABULARY, 4))
        draws[:, 2:][rng.random((VOCABULARY, 2)) < 0.5] = len(_SYLLABLES)
        made.update("".join(row) for row in syllables[draws].tolist())
    core = _FUNCTION + _NEWS
    rest = sorted(made - set(core))[: VOCABULARY - len(core)]
    rng.shuffle(rest)  # frequency rank must not follow spelling
    return np.array(core + rest)


def _zipf(n: int) -> np.ndarray:
    weights = 1.0 / np.arange(1, n + 1) ** ZIPF_EXPONENT
    return np.cumsum(weights) / weights.sum()


class _Writer:
    def __init__(self, seed: int) -> None:
        self.np_rng = np.random.default_rng(seed)
        self.rng = random.Random(seed)  # scalar draws: far cheaper than numpy's one at a time
        self.words = _words(self.np_rng)
        self.cdf = _zipf(len(self.words))
        self._buffer: list[str] = []
        self._at = 0
        surnames = [str(w).capitalize() for w in self.words[len(_FUNCTION) + len(_NEWS) :][:5000]]
        self.people = [(f"{self.rng.choice(_FIRST)} {s}", self.rng.choice(_ROLES)) for s in surnames]

    def phrase(self, n: int) -> str:
        if self._at + n > len(self._buffer):
            picks = np.searchsorted(self.cdf, self.np_rng.random(1 << 20))
            self._buffer, self._at = self.words[picks].tolist(), 0
        self._at += n
        return " ".join(self._buffer[self._at - n : self._at])

    def figure(self) -> str:
        r = self.rng
        value = r.choice([f"{r.randint(2, 99)}", f"{r.randint(1, 99)},{r.randint(0, 999):03}", f"{r.randint(1, 20)}.{r.randint(1, 9)}%"])
        return f"{value} {r.choice(_UNITS)}"

    def sentence(self, speaker: tuple[str, str], first: bool) -> str:
        r = self.rng
        name, role = speaker
        surname = name.split()[-1]
        body = self.phrase(r.randint(6, 21))
        if r.random() < 0.3:
            body = f"{body} {self.figure()} {self.phrase(r.randint(2, 5))}"
        verb = r.choice(_VERBS)
        layout = r.randrange(6)
        who = f"{role} {name}" if first else (surname if r.random() < 0.6 else "he")
        if layout == 0:
            return f"“{body.capitalize()},” {who} {verb}."
        if layout == 1:
            return f"{who[0].upper() + who[1:]} {verb} {body}."
        if layout == 2:
            return f"{body.capitalize()}, according to {name}."
        return f"{body.capitalize()}."

    def article(self, sentences: int, day: int) -> str:
        r = self.rng
        date = _dt.date(2015, 1, 1) + _dt.timedelta(days=day % 3000)
        cast = [r.choice(self.people) for _ in range(3)]
        lines, paragraph, seen = [], [], set()
        for _ in range(sentences):
            speaker = r.choice(cast)
            paragraph.append(self.sentence(speaker, speaker not in seen))
            seen.add(speaker)
            if len(paragraph) >= r.randint(1, 3):
                lines.append(" ".join(paragraph))
                paragraph = []
        if paragraph:
            lines.append(" ".join(paragraph))
        return f" date {date.isoformat()} world news\n\n" + "\n\n".join(lines) + "\n"


def generate(folder: Path, sentences: int, seed: int = 1) -> list[Path]:
    """Write articles totalling about ``sentences`` sentences under ``folder``; returns the files."""
    writer = _Writer(seed)
    folder.mkdir(parents=True, exist_ok=True)
    files, written, n = [], 0, 0
    while written < sentences:
        count = min(writer.rng.randint(15, 33), max(1, sentences - written))
        path = folder / f"{n // FILES_PER_FOLDER:04}" / f"{n:07}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(writer.article(count, n), encoding="utf-8")
        files.append(path)
        written += count
        n += 1
    return files


def questions(count: int = 50, seed: int = 2) -> list[str]:
    """Questions of the kinds users ask, over the same vocabulary (same seed as the corpus's words)."""
    writer = _Writer(1)
    rng = np.random.default_rng(seed)
    pick = random.Random(seed)
    out = []
    for i in range(count):
        # Topic words from the middle of the frequency range, as real questions mostly are;
        # some questions keep a very common word, which is what makes the slow tail.
        picks = np.searchsorted(writer.cdf, rng.uniform(0.35, 0.97, int(rng.integers(1, 4))))
        topic = " ".join(writer.words[picks])
        kind = i % 5
        if kind == 0:
            out.append(f"who said {topic}?")
        elif kind == 1:
            out.append(f"what did the {pick.choice(_ROLES)} say about {topic}?")
        elif kind == 2:
            out.append(f"how many {pick.choice(_UNITS)} {topic}?")
        elif kind == 3:
            out.append(f"{topic} in the {pick.choice(_NEWS)}")
        else:
            out.append(topic)
    return out
