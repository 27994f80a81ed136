# A Richards-style operating-system scheduler simulation: classes, methods,
# attribute access and polymorphic dispatch (the classic benchmark's structure,
# written here from its published description).

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def running(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting(self):
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def waiting_with_packet(self):
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def is_held_or_suspended(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.list = None
        self.current = None
        self.current_id = 0
        self.queue_count = 0
        self.hold_count = 0

    def add(self, task):
        task.link = self.list
        self.list = task
        self.tasks[task.ident] = task

    def find(self, ident):
        return self.tasks[ident]

    def hold_current(self):
        self.hold_count += 1
        self.current.state.task_holding = True
        return self.current.link

    def suspend_current(self):
        self.current.state.task_waiting = True
        return self.current

    def release(self, ident):
        t = self.find(ident)
        t.state.task_holding = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def queue_packet(self, packet):
        t = self.find(packet.ident)
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current_id
        return t.add_packet(packet, self.current)

    def run(self):
        self.current = self.list
        while self.current is not None:
            if self.current.state.is_held_or_suspended():
                self.current = self.current.link
            else:
                self.current_id = self.current.ident
                self.current = self.current.step()


class Task:
    def __init__(self, sched, ident, priority, queue, state):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = state
        self.link = None
        sched.add(self)

    def add_packet(self, packet, old):
        if self.queue is None:
            self.queue = packet
            self.state.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return old

    def step(self):
        packet = None
        if self.state.is_waiting_with_packet():
            packet = self.queue
            self.queue = packet.link
            if self.queue is None:
                self.state.running()
            else:
                self.state.packet_pending = True
                self.state.task_waiting = False
                self.state.task_holding = False
        return self.fn(packet)


class IdleTask(Task):
    def __init__(self, sched, count):
        super().__init__(sched, IDLE, 0, None, TaskState().running())
        self.control = 1
        self.count = count

    def fn(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_current()
        if self.control & 1 == 0:
            self.control //= 2
            return self.sched.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        super().__init__(sched, WORKER, 1000, queue, TaskState().waiting_with_packet())
        self.destination = HANDLER_A
        self.count = 0

    def fn(self, packet):
        if packet is None:
            return self.sched.suspend_current()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return self.sched.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue, TaskState().waiting_with_packet())
        self.work_in = None
        self.device_in = None

    def fn(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        if self.work_in is not None:
            work = self.work_in
            count = work.datum
            if count < BUFSIZE:
                if self.device_in is not None:
                    dev = self.device_in
                    self.device_in = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return self.sched.queue_packet(dev)
            else:
                self.work_in = work.link
                return self.sched.queue_packet(work)
        return self.sched.suspend_current()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority, None, TaskState().waiting())
        self.pending = None

    def fn(self, packet):
        if packet is None:
            if self.pending is None:
                return self.sched.suspend_current()
            p = self.pending
            self.pending = None
            return self.sched.queue_packet(p)
        self.pending = packet
        return self.sched.hold_current()


def richards(count):
    sched = Scheduler()
    IdleTask(sched, count)
    wq = Packet(None, 0, KIND_WORK)
    wq = Packet(wq, 0, KIND_WORK)
    WorkerTask(sched, wq)
    for ident, prio in ((HANDLER_A, 2000), (HANDLER_B, 3000)):
        q = Packet(None, DEVICE_A if ident == HANDLER_A else DEVICE_B, KIND_DEVICE)
        q = Packet(q, q.ident, KIND_DEVICE)
        q = Packet(q, q.ident, KIND_DEVICE)
        HandlerTask(sched, ident, prio, q)
    DeviceTask(sched, DEVICE_A, 4000)
    DeviceTask(sched, DEVICE_B, 5000)
    sched.run()
    return sched.queue_count, sched.hold_count


for _ in range(10):
    result = richards(10000)
print(result)
