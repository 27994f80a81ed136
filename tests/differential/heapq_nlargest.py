import heapq
data = [5, 1, 8, 3, 9, 2, 8, 7, 1]
print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
print(heapq.nlargest(0, data), heapq.nsmallest(-2, data), heapq.nlargest(100, data))
words = ["pear", "fig", "apple", "kiwi", "banana", "date", "plum"]
print(heapq.nsmallest(3, words, key=len))
print(heapq.nlargest(3, words, key=len))
print(heapq.nlargest(2, iter(words), key=lambda w: w[-1]))
print(heapq.nsmallest(1, [3, 1, 2]), heapq.nlargest(1, []))
recs = [{"n": "a", "v": 3}, {"n": "b", "v": 1}, {"n": "c", "v": 3}, {"n": "d", "v": 2}]
print([r["n"] for r in heapq.nlargest(2, recs, key=lambda r: r["v"])])
print([r["n"] for r in heapq.nsmallest(3, recs, key=lambda r: r["v"])])
