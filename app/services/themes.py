"""Themes for a facilitator: contributions grouped by what they mean, each group named by words
drawn from its own contributions, and a "Divers" group for what fits nowhere.

Pure functions of the vectors and texts given (no database): the same input gives the same
groups. Every contribution lands in exactly one group.
"""
import math
import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

# A group smaller than this is not a theme: its contributions go to "Divers".
SMALLEST_THEME = 3
# Two contributions at least this similar (cosine) are offered to the facilitator for a merge, never
# merged by themselves: on the evaluation set, no hard negative (same subject, another proposal)
# reaches it with the model (bench/assistant.py).
NEAR_IDENTICAL = 0.9
MISC = "Divers"
# Words that say nothing of a theme, whatever the consultation (articles, pronouns, auxiliaries...).
# Words shared by every group also fall out of the labels, by their weight.
EMPTY_WORDS = frozenset("""
a à afin ai aie ainsi alors au aucun aussi autre aux avec avoir bien bon c ça car ce ceci cela celle celles
celui cet cette ces chaque chez ci comme comment d dans de des donc dont du elle elles en encore entre est et
être eu faire fait faut font hors il ils j je jusqu l la le les leur leurs lui m ma mais me même mes moi moins
mon n ne ni non nos notre nous on ont ou où par parce pas peu peut plus pour pourquoi qu quand que quel quelle
quelles quels qui sa sans se sera ses si son sont sous sur ta te tes toi ton tous tout toute toutes très tu un
une unes uns vers voir vos votre vous y été avoir aller devoir pouvoir vouloir falloir mettre prendre donner
cela celui chose fois peut-être déjà toujours souvent faudrait pourrait serait être aujourd'hui
proposer proposition idée créer permettre développer mieux vrai vraiment beaucoup
""".split())
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)


@dataclass
class Group:
    label: str
    members: list[int] = field(default_factory=list)  # positions in the input
    misc: bool = False


def lemmas(text: str) -> list[str]:
    """The text's meaningful words, as their dictionary form (simplemma, French)."""
    import simplemma

    found = []
    for word in _WORD.findall(text.lower()):
        word = word.split("'")[-1].split("’")[-1]
        if len(word) < 3 or word in EMPTY_WORDS:
            continue
        lemma = simplemma.lemmatize(word, lang="fr")
        if lemma not in EMPTY_WORDS and len(lemma) >= 3:
            found.append(lemma)
    return found


def group_count(n: int) -> int:
    """How many groups to look for among `n` contributions: about one per twenty-five, two at
    least, fifteen at most (what a facilitator reads on one page)."""
    return max(2, min(15, round(math.sqrt(n / 2))))


def group(vectors: np.ndarray, texts: list[str], groups: int | None = None) -> list[Group]:
    """The contributions (one vector and one text each) grouped by meaning, the largest group
    first, "Divers" last."""
    n = len(texts)
    if n == 0:
        return []
    if n < 2 * SMALLEST_THEME:
        return [Group(MISC, list(range(n)), misc=True)]
    wanted = min(groups or group_count(n), n // SMALLEST_THEME)
    labels = _clusters(np.asarray(vectors, dtype=np.float64), wanted)
    by_label: dict[int, list[int]] = {}
    for position, label in enumerate(labels):
        by_label.setdefault(int(label), []).append(position)
    themes = [members for members in by_label.values() if len(members) >= SMALLEST_THEME]
    misc = sorted(p for members in by_label.values() if len(members) < SMALLEST_THEME for p in members)
    words = [lemmas(text) for text in texts]
    named = [Group(label, members) for label, members in zip(_labels(themes, words), themes)]
    named.sort(key=lambda g: (-len(g.members), g.members[0]))
    if misc:
        named.append(Group(MISC, misc, misc=True))
    return named


# Up to this many contributions, Ward's hierarchical grouping (scipy: its distance table grows
# with the square, 36 MB at 3,000); beyond, k-means from a fixed seed (the same input, the same groups).
WARD_UP_TO = 3000


def _clusters(vectors: np.ndarray, wanted: int) -> np.ndarray:
    """A group number for each vector. scipy, not scikit-learn: importing scikit-learn's clustering
    costs a worker 3 s at its first grouping, scipy's 1 s."""
    if len(vectors) <= WARD_UP_TO:
        from scipy.cluster.hierarchy import fcluster, linkage

        return fcluster(linkage(vectors, method="ward"), t=wanted, criterion="maxclust")
    import warnings

    from scipy.cluster.vq import kmeans2

    with warnings.catch_warnings():  # a group left empty is only one group fewer
        warnings.simplefilter("ignore", UserWarning)
        _centres, labels = kmeans2(vectors, wanted, minit="++", seed=np.random.default_rng(0), iter=20)
    return labels


def _labels(themes: list[list[int]], words: list[list[str]], size: int = 3) -> list[str]:
    """Each group's most telling words: frequent in the group, rare in the others (weighted by
    how many of the group's contributions use them, against how many groups do)."""
    in_group = [Counter(w for p in members for w in set(words[p])) for members in themes]
    spread = Counter(w for counts in in_group for w in counts)
    labels = []
    for counts, members in zip(in_group, themes):
        scored = sorted(counts, key=lambda w: (-counts[w] / len(members) * math.log(1 + len(themes) / spread[w]), w))
        chosen = [w for w in scored if counts[w] >= 2][:size] or scored[:size]
        labels.append(", ".join(chosen).capitalize() if chosen else MISC)
    return labels
