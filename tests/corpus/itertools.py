"""itertools: groupby, chain, combinations, permutations, islice."""
from itertools import accumulate, chain, combinations, groupby, islice, permutations, product
from operator import itemgetter

sales = [
    {"region": "north", "amount": 100},
    {"region": "north", "amount": 250},
    {"region": "south", "amount": 80},
    {"region": "west", "amount": 120},
    {"region": "south", "amount": 40},
]


def totals_by_region(rows):
    """Group rows by region (after sorting) and sum amounts."""
    key = itemgetter("region")
    return {region: sum(r["amount"] for r in group) for region, group in groupby(sorted(rows, key=key), key=key)}


if __name__ == "__main__":
    print(totals_by_region(sales))
    print(list(chain([1, 2], (3, 4), "ab")))
    print(list(chain.from_iterable([[1, 2], [3], [4, 5]])))
    print(list(combinations("ABCD", 2)))
    print(list(permutations([1, 2, 3])))
    print(list(product("ab", repeat=2)))
    print(list(accumulate([1, 2, 3, 4])))
    print(list(islice((x * x for x in range(100)), 5)))
