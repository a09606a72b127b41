"""Near-duplicate entries (rule A401) in near-linear time.

Each entry contributes a signature once: its normalized words (lower case,
numbers as '#', crude suffixes off) and a MinHash sketch of its runs of
`shingle` words. The sketch uses one hash per word run (one-permutation
hashing into `BINS` bins, empty bins filled by rotation), so it costs one pass
over the entry and needs neither numpy nor scipy: a fully cached run stays
light. Signatures can be kept in the result cache, so a cached re-run reads
them instead of recomputing them.

Which pairs are compared:
- a group (entries of one kind) of at most `EXACT_UP_TO` entries compares every
  pair: exact, and as cheap as the sketches at that size;
- a larger group takes candidates from the sketches: entries that share a bin
  value are candidates, ranked by how many they share (the MinHash estimate of
  their Jaccard similarity), and each entry is compared with at most
  `MAX_COMPARISONS` of them. Each bucket keeps its first `MAX_BUCKET`
  members, and a word-for-word copy is paired with the first copy at once, so
  a thousand copies of one text cost a thousand small steps, not a million
  comparisons.

A comparison is rapidfuzz's Indel similarity over the normalized words (the
share of words that line up in order, as difflib's ratio measures it, but
exact and in C++). Each later entry is reported once, against the earlier
entry it is most like; the report so grows with the entries, not their pairs.
"""

from __future__ import annotations

import hashlib
import re
import sys
import zlib
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Protocol

from rapidfuzz.distance import Indel

SIGNATURE_VERSION = 2  # bump when the words or the sketch change: cached signatures are then ignored
BINS = 64
EXACT_UP_TO = 64
MAX_BUCKET = 32
MAX_COMPARISONS = 8
_EMPTY = -1
_MASK = (1 << 64) - 1
_MIX = 0x9E3779B97F4A7C15 | 1  # an odd multiplier spreads the tuple hash over all 64 bits
_SLOT_SHIFT = 64 - 6  # the top 6 bits choose one of the 64 bins
_RANK_MASK = (1 << _SLOT_SHIFT) - 1
_HASH_SPACE = 1 << 64
_ROTATION = 0x9E3779B97F4A7C15  # added per bin borrowed, so a filled bin never equals a real one by accident

_WORD = re.compile(r"[a-z]+|\d+")
_SUFFIXES = ("ing", "ed", "es", "s")


def normalized_words(text: str) -> list[str]:
    """Lower-case words, numbers as '#', crude suffixes off: 'Followed 4 patients' ~ 'follow # patient'."""
    known = _NORMALIZED
    words = []
    for word in _WORD.findall(text.lower()):
        normal = known.get(word)
        if normal is None:
            normal = _normalize(word)
            if len(known) < _NORMALIZED_LIMIT:
                known[word] = normal
        words.append(normal)
    return words


def _normalize(word: str) -> str:
    if word.isdigit():
        return "#"
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


_NORMALIZED: dict[str, str] = {}  # drafts reuse a small vocabulary: each word is normalized once
_NORMALIZED_LIMIT = 200_000


@dataclass(frozen=True)
class Signature:
    """What one entry contributes: its normalized words and the MinHash sketch of its word runs."""

    words: tuple[str, ...]
    sketch: tuple[int, ...]  # BINS values; empty when the entry has fewer words than one run

    def to_record(self) -> dict:
        return {"v": SIGNATURE_VERSION, "words": list(self.words), "sketch": list(self.sketch)}

    @classmethod
    def from_record(cls, record) -> "Signature | None":
        """A stored signature, or None when it is from another version or damaged."""
        try:
            if record.get("v") != SIGNATURE_VERSION:
                return None
            words, sketch = tuple(record["words"]), tuple(record["sketch"])
        except (AttributeError, KeyError, TypeError):
            return None
        if not all(isinstance(w, str) for w in words) or not all(isinstance(v, int) for v in sketch):
            return None
        if sketch and len(sketch) != BINS:
            return None
        return cls(words, sketch)


def sketch(words: list[str] | tuple[str, ...], shingle: int) -> tuple[int, ...]:
    """One-permutation MinHash of the entry's runs of `shingle` words, densified by rotation.

    Each word is hashed once (crc32, the same in every process); a run's hash is
    the hash of the tuple of its words' hashes, which for integers does not depend
    on PYTHONHASHSEED (the Python version is part of the signature's key).
    """
    if len(words) < shingle:
        return ()
    ids = [zlib.crc32(word.encode()) for word in words]
    bins = [_EMPTY] * BINS
    for run in zip(*(ids[offset:] for offset in range(shingle))):
        value = (hash(run) * _MIX) & _MASK
        slot, rank = value >> _SLOT_SHIFT, value & _RANK_MASK
        if bins[slot] == _EMPTY or rank < bins[slot]:
            bins[slot] = rank
    # An empty bin borrows the next filled bin's value (circularly), shifted by the distance,
    # so two entries agree on it about as often as on a real bin (Shrivastava & Li, 2014).
    for slot in range(BINS):
        if bins[slot] != _EMPTY:
            continue
        for distance in range(1, BINS):
            other = bins[(slot + distance) % BINS]
            if other >= 0:
                bins[slot] = -((other + distance * _ROTATION) % _HASH_SPACE) - 2  # negative: marks borrowed
                break
    return tuple(bins)


def compute_signature(text: str, shingle: int) -> Signature:
    words = normalized_words(text)
    return Signature(tuple(words), sketch(words, shingle))


class SignatureStore(Protocol):
    """Where signatures are kept between runs (erasl.cache.ResultCache has these two methods)."""

    def load_value(self, namespace: str, key: str): ...

    def store_value(self, namespace: str, key: str, value) -> None: ...


NAMESPACE = "near-duplicate"


def signature_key(text: str, shingle: int) -> str:
    digest = hashlib.sha256(f"{SIGNATURE_VERSION}:{sys.hexversion}:{shingle}:".encode())
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def signature_for(text: str, shingle: int, store: SignatureStore | None = None,
                  memo: dict | None = None) -> Signature:
    """The entry's signature: from `memo` (the entry's own derived data), the store, or computed once."""
    memo_key = ("near-duplicate-signature", SIGNATURE_VERSION, shingle)
    if memo is not None and memo_key in memo:
        return memo[memo_key]
    found = None
    key = signature_key(text, shingle) if store is not None else ""
    if store is not None:
        stored = store.load_value(NAMESPACE, key)
        found = Signature.from_record(stored) if stored is not None else None
    if found is None:
        found = compute_signature(text, shingle)
        if store is not None:
            store.store_value(NAMESPACE, key, found.to_record())
    if memo is not None:
        memo[memo_key] = found
    return found


def similarity(first: Signature, second: Signature, cutoff: float = 0.0) -> float:
    """The share of normalized words that line up in order (0 below `cutoff`)."""
    return Indel.normalized_similarity(first.words, second.words, score_cutoff=cutoff)


def near_duplicates(groups: Iterable[list[tuple[int, Signature]]], min_similarity: float,
                    min_words: int) -> list[tuple[int, int, float]]:
    """(earlier index, later index, similarity) for each later entry that nearly repeats an earlier one.

    `groups` holds entries that may be compared (one kind each), as (index, signature)
    in reading order. Entries shorter than `min_words` normalized words are skipped.
    """
    found = []
    for group in groups:
        group = [(index, signature) for index, signature in group if len(signature.words) >= min_words]
        if len(group) <= EXACT_UP_TO:
            found.extend(_every_pair(group, min_similarity))
        else:
            found.extend(_candidate_pairs(group, min_similarity))
    return sorted(found, key=lambda item: (item[1], item[0]))


def _every_pair(group, min_similarity):
    for position, (index, signature) in enumerate(group):
        best = None
        for earlier, other in group[:position]:
            score = similarity(other, signature, min_similarity)
            if score >= min_similarity and (best is None or score > best[2]):
                best = (earlier, index, score)
        if best is not None:
            yield best


def _candidate_pairs(group, min_similarity):
    buckets: dict[tuple[int, int], list[int]] = {}
    by_index = dict(group)
    first_with: dict[tuple[str, ...], int] = {}
    for index, signature in group:
        # A word-for-word copy of an earlier entry is as similar as can be, and the earliest
        # copy wins ties: no need to look further, nor to add the copy to the buckets.
        copied = first_with.setdefault(signature.words, index)
        if copied != index:
            yield (copied, index, 1.0)
            continue
        shared: dict[int, int] = defaultdict(int)
        for slot, value in enumerate(signature.sketch):
            members = buckets.get((slot, value))
            if members is None:
                buckets[(slot, value)] = [index]
                continue
            for other in members:
                shared[other] += 1
            if len(members) < MAX_BUCKET:
                members.append(index)
        best = None
        for earlier, _ in sorted(shared.items(), key=lambda item: (-item[1], item[0]))[:MAX_COMPARISONS]:
            score = similarity(by_index[earlier], signature, min_similarity)
            if score >= min_similarity and (best is None or score > best[2] or (score == best[2] and earlier < best[0])):
                best = (earlier, index, score)
        if best is not None:
            yield best
