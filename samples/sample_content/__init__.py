"""The words of the sample documents, as plain data; samples/make_samples.py lays them out.

Everything here is fictional: the authorities, places, people and figures are invented, and the
text is written for plantrace in the style of Ofsted reports and council improvement plans.
"""


def squash(text: str) -> str:
    """Join a triple-quoted paragraph into one line, so the data can be wrapped in the source."""
    return " ".join(text.split())
