# Float-heavy numeric code: an n-body step loop over lists of floats, and spectral norm
# with generator expressions (the shapes of numeric Python without numpy).

def advance(bodies, dt, n):
    for _ in range(n):
        for i in range(len(bodies)):
            bi = bodies[i]
            for j in range(i + 1, len(bodies)):
                bj = bodies[j]
                dx = bi[0] - bj[0]
                dy = bi[1] - bj[1]
                dz = bi[2] - bj[2]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * d2 ** 0.5)
                mi = bi[6] * mag
                mj = bj[6] * mag
                bi[3] -= dx * mj
                bi[4] -= dy * mj
                bi[5] -= dz * mj
                bj[3] += dx * mi
                bj[4] += dy * mi
                bj[5] += dz * mi
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]

def energy(bodies):
    e = 0.0
    for i, b in enumerate(bodies):
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
        for b2 in bodies[i + 1:]:
            dx = b[0] - b2[0]; dy = b[1] - b2[1]; dz = b[2] - b2[2]
            e -= b[6] * b2[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e

bodies = [[float(i), float(i * 2 % 5), float(i * 3 % 7), 0.01 * i, 0.02, -0.01 * i, 1.0 + i] for i in range(5)]
print("%.9f" % energy(bodies))
advance(bodies, 0.001, 50000)
print("%.9f" % energy(bodies))

def spectral(n):
    def a(i, j):
        return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)
    u = [1.0] * n
    for _ in range(5):
        v = [sum(a(i, j) * u[j] for j in range(n)) for i in range(n)]
        u = [sum(a(j, i) * v[j] for j in range(n)) for i in range(n)]
    return sum(u)
print("%.6f" % spectral(120))
