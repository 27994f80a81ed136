class Engine:
    def __init__(self, hp):
        self.hp = hp
        self.running = False
    def start(self):
        self.running = True
        return "engine " + str(self.hp) + "hp started"

class Wheel:
    def __init__(self, pos):
        self.pos = pos
        self.pressure = 32

class Car:
    def __init__(self, name, hp):
        self.name = name
        self.engine = Engine(hp)
        self.wheels = []
        for p in ["FL", "FR", "RL", "RR"]:
            self.wheels.append(Wheel(p))
    def start(self):
        return self.name + ": " + self.engine.start()
    def inflate(self, pos, amount):
        for w in self.wheels:
            if w.pos == pos:
                w.pressure += amount
                return w.pressure
        raise ValueError("no wheel " + pos)
    def report(self):
        out = []
        for w in self.wheels:
            out.append(w.pos + "=" + str(w.pressure))
        return " ".join(out)

car = Car("Zoom", 150)
print(car.engine.running)
print(car.start())
print(car.engine.running)
print(car.inflate("RL", 3), car.inflate("RL", -1))
print(car.report())
try:
    car.inflate("XX", 1)
except ValueError as e:
    print(type(e).__name__, e)
fleet = [Car("A", 90), Car("B", 200), Car("C", 120)]
fleet.sort(key=lambda c: c.engine.hp, reverse=True)
for c in fleet:
    print(c.name, c.engine.hp)
print(sum(map(lambda c: c.engine.hp, fleet)))
