class Tree:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

def insert(root, key):
    if root is None:
        return Tree(key)
    if key < root.key:
        root.left = insert(root.left, key)
    elif key > root.key:
        root.right = insert(root.right, key)
    return root

def inorder(t, out):
    if t:
        inorder(t.left, out)
        out.append(t.key)
        inorder(t.right, out)
    return out

def preorder(t, out):
    if t:
        out.append(t.key)
        preorder(t.left, out)
        preorder(t.right, out)
    return out

def height(t):
    if t is None:
        return 0
    return 1 + max(height(t.left), height(t.right))

def contains(t, key):
    while t:
        if key == t.key:
            return True
        t = t.left if key < t.key else t.right
    return False

def level_order(t):
    levels = []
    frontier = [t] if t else []
    while frontier:
        keys, nxt = [], []
        for n in frontier:
            keys.append(n.key)
            if n.left:
                nxt.append(n.left)
            if n.right:
                nxt.append(n.right)
        levels.append(keys)
        frontier = nxt
    return levels

root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    root = insert(root, k)
print(inorder(root, []))
print(preorder(root, []))
print(height(root), contains(root, 45), contains(root, 55))
print(level_order(root))
words = None
for w in "the quick brown fox jumps over the lazy dog".split():
    words = insert(words, w)
print(inorder(words, []), height(words))
print(level_order(None), height(None))
