"""Answer: a question in, ranked and matched sentences out.

``questions`` reads what is asked (who said, what did someone say, how many, plain search),
``matching`` turns its words into query terms, weighs them and decides which ranked sentences
really match and which speakers a name refers to, ``figures`` finds the number a "how many"
sentence gives, ``highlight`` which words of each quote matched (offsets on ``Quote``),
``summary`` describes a library (articles, most quoted speakers, example questions) and
``usage`` is the one text of how to ask. ``retrieval.engine`` puts these steps together over a
``Library``.
"""
