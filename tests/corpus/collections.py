"""collections: Counter, defaultdict, deque, namedtuple, ChainMap."""
from collections import ChainMap, Counter, defaultdict, deque, namedtuple

Point = namedtuple("Point", ["x", "y"])


def group_words_by_letter(words):
    """Map first letter -> list of words."""
    groups = defaultdict(list)
    for w in words:
        groups[w[0].lower()].append(w)
    return dict(groups)


def moving_average(values, window=3):
    """Simple moving average using a bounded deque."""
    buf = deque(maxlen=window)
    out = []
    for v in values:
        buf.append(v)
        out.append(sum(buf) / len(buf))
    return out


if __name__ == "__main__":
    c = Counter("mississippi")
    print(c.most_common(2), c["s"])
    print(group_words_by_letter(["apple", "Avocado", "banana", "cherry", "blueberry"]))
    print(moving_average([1, 2, 3, 4, 5, 6]))
    d = deque([1, 2, 3])
    d.appendleft(0)
    d.rotate(1)
    print(d)
    p = Point(3, 4)
    print(p, p._asdict(), p._replace(x=10))
    defaults = {"color": "red", "size": "M"}
    overrides = {"size": "L"}
    print(dict(ChainMap(overrides, defaults)))
