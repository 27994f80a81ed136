//! The hash table behind `set` and `frozenset`, with CPython 3.12's layout and probing,
//! so that iteration, `pop()` and `repr` visit elements in CPython's order.
//!
//! The object is CPython 3.12's `PySetObject` field for field: `fill` counts active and
//! dummy slots, `used` active ones, `mask + 1` (a power of two, at least 8) is the number
//! of slots, `table` points at `smalltable` while the set is small, `finger` is where
//! `pop()` resumes. A slot is unused (null key, hash 0), a dummy left by a deletion
//! ([`dummy`] key, hash -1) or active.
//!
//! Probing starts at `hash & mask`, looks at up to nine following slots when they do not
//! wrap around, then jumps with `i = 5*i + 1 + perturb` where `perturb` is the unsigned
//! hash shifted right by 5 before every jump. Insertion reuses the last dummy met on a
//! failed search (checked against CPython 3.12: with dummies at slots 1 and 5 of a
//! 32-slot table, a key whose home is slot 1 lands in slot 5). A table grows (or is rebuilt without dummies) once `fill * 5 >= mask * 3`
//! to the smallest power of two above `used * 4` (`used * 2` past 50000 elements); a
//! rebuild re-inserts the active slots in slot order.
//!
//! Every function that may run Python code (`__eq__` of a key) re-reads the table after
//! the call and restarts a probe when the table was replaced or the slot changed, as
//! CPython does, so nothing here holds a reference into the table across such a call.

use crate::errors::PyResult;
use crate::object::*;
use std::ptr::null_mut;

/// Slots of the table embedded in the object (`PySet_MINSIZE`).
pub const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// CPython 3.12's `setentry`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SetEntry {
    pub key: Obj,
    pub hash: isize,
}

const UNUSED: SetEntry = SetEntry {
    key: null_mut(),
    hash: 0,
};

/// CPython 3.12's `PySetObject`, field for field.
#[repr(C)]
pub struct PySetObject {
    pub ob_base: PyObject,
    pub fill: isize,
    pub used: isize,
    pub mask: isize,
    pub table: *mut SetEntry,
    pub hash: isize,
    pub finger: isize,
    pub smalltable: [SetEntry; MINSIZE],
    pub weakreflist: Obj,
}

// CPython 3.12's `sizeof(PySetObject)` on 64-bit targets.
#[cfg(target_pointer_width = "64")]
const _: () = assert!(std::mem::size_of::<PySetObject>() == 200);

/// The storage whose address marks a dummy slot; it is never dereferenced.
static DUMMY: [usize; 2] = [0; 2];

/// The key stored in deleted slots (CPython's `_PySet_Dummy`); never a real object.
#[inline]
pub fn dummy() -> Obj {
    DUMMY.as_ptr() as Obj
}

#[inline]
fn is_active(e: &SetEntry) -> bool {
    !e.key.is_null() && e.key != dummy()
}

/// The object as a set, its table initialised (objects allocated without `new_empty`,
/// all zero, get the embedded table here).
///
/// # Safety
/// `s` is a set or frozenset.
#[inline]
pub unsafe fn so(s: Obj) -> *mut PySetObject {
    let so = s as *mut PySetObject;
    if (*so).table.is_null() {
        (*so).table = (&raw mut (*so).smalltable) as *mut SetEntry;
        (*so).mask = MINSIZE as isize - 1;
    }
    so
}

#[inline]
unsafe fn small(so: *mut PySetObject) -> *mut SetEntry {
    (&raw mut (*so).smalltable) as *mut SetEntry
}

unsafe fn alloc_table(n: usize) -> *mut SetEntry {
    let p = mem_alloc_zeroed(n * std::mem::size_of::<SetEntry>()) as *mut SetEntry;
    if p.is_null() {
        eprintln!("molt: out of memory allocating a set table of {n} slots");
        std::process::abort();
    }
    p
}

/// Frees a table that is not the embedded one.
unsafe fn free_table(so: *mut PySetObject, t: *mut SetEntry) {
    if t != small(so) {
        mem_free(t as *mut u8);
    }
}

/// Puts `key` in the first unused slot of its probe sequence; the table has no dummies
/// and does not hold `key`.
unsafe fn insert_clean(table: *mut SetEntry, mask: usize, key: Obj, hash: isize) {
    let mut perturb = hash as usize;
    let mut i = (hash as usize) & mask;
    loop {
        // SAFETY: every index is `<= mask`, inside the table.
        let mut e = table.add(i);
        if (*e).key.is_null() {
            *e = SetEntry { key, hash };
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for _ in 0..LINEAR_PROBES {
                e = e.add(1);
                if (*e).key.is_null() {
                    *e = SetEntry { key, hash };
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
    }
}

/// Rebuilds the table with more than `minused` slots (dummies dropped, active slots
/// re-inserted in slot order).
///
/// # Safety
/// `so` is initialised.
pub unsafe fn resize(so: *mut PySetObject, minused: isize) {
    let mut newsize = MINSIZE;
    while newsize <= minused as usize {
        newsize <<= 1;
    }
    let oldmask = (*so).mask as usize;
    let mut oldtable = (*so).table;
    let old_malloced = oldtable != small(so);
    let mut small_copy = [UNUSED; MINSIZE];
    let newtable;
    if newsize == MINSIZE {
        newtable = small(so);
        if newtable == oldtable {
            if (*so).fill == (*so).used {
                return;
            }
            // Rebuild in place: copy the slots out first.
            small_copy.copy_from_slice(&(*so).smalltable);
            oldtable = small_copy.as_mut_ptr();
        }
        (*so).smalltable = [UNUSED; MINSIZE];
    } else {
        newtable = alloc_table(newsize);
    }
    (*so).mask = newsize as isize - 1;
    (*so).table = newtable;
    let newmask = newsize - 1;
    (*so).fill = (*so).used;
    for i in 0..=oldmask {
        // SAFETY: `i <= oldmask`, inside the old table, which is still allocated.
        let e = *oldtable.add(i);
        if is_active(&e) {
            insert_clean(newtable, newmask, e.key, e.hash);
        }
    }
    if old_malloced {
        mem_free(oldtable as *mut u8);
    }
}

/// The outcome of a probe for a key.
enum Probe {
    /// An equal key is at this slot.
    Found(usize),
    /// Absent: the first unused slot of the sequence, and the last dummy before it.
    Absent(usize, Option<usize>),
}

/// Probes for `key`. A comparison that replaced the table or the slot restarts the probe.
unsafe fn probe(so: *mut PySetObject, key: Obj, hash: isize) -> PyResult<Probe> {
    'restart: loop {
        let mut mask = (*so).mask as usize;
        let mut i = (hash as usize) & mask;
        let mut perturb = hash as usize;
        let mut freeslot: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            let mut j = i;
            for _ in 0..=probes {
                // SAFETY: `j <= mask` of the current table.
                let e = *(*so).table.add(j);
                if e.key.is_null() {
                    return Ok(Probe::Absent(j, freeslot));
                }
                if e.hash == hash {
                    let startkey = e.key;
                    if startkey == key {
                        return Ok(Probe::Found(j));
                    }
                    // Exact ints and strs compare without running Python code (so the
                    // table cannot change under the comparison).
                    let (kt, st) = (type_of(key), type_of(startkey));
                    if kt == st && kt == &raw mut crate::objects::int::PyLong_Type {
                        if crate::objects::int::compare(startkey, key).is_eq() {
                            return Ok(Probe::Found(j));
                        }
                        j += 1;
                        continue;
                    }
                    if kt == st && kt == &raw mut crate::objects::str::PyUnicode_Type {
                        if crate::objects::str::eq(startkey, key) {
                            return Ok(Probe::Found(j));
                        }
                        j += 1;
                        continue;
                    }
                    let table = (*so).table;
                    let held = Ref::borrowed(startkey);
                    let eq = crate::abstract_::eq_bool(held.as_ptr(), key)?;
                    drop(held);
                    // SAFETY: `j` was inside the table if it is unchanged.
                    if table != (*so).table || (*table.add(j)).key != startkey {
                        continue 'restart;
                    }
                    if eq {
                        return Ok(Probe::Found(j));
                    }
                    mask = (*so).mask as usize;
                } else if e.hash == -1 {
                    freeslot = Some(j);
                }
                j += 1;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }
}

/// Adds `key` (borrowed; the table takes its own reference) with its hash.
///
/// # Safety
/// `so` is initialised, `key` live.
pub unsafe fn add_entry(so: *mut PySetObject, key: Obj, hash: isize) -> PyResult<()> {
    match probe(so, key, hash)? {
        Probe::Found(_) => Ok(()),
        Probe::Absent(_, Some(d)) => {
            // SAFETY: `d` is a slot of the current table (the probe ended without a
            // comparison since it was found, or restarted).
            *(*so).table.add(d) = SetEntry {
                key: new_ref(key),
                hash,
            };
            (*so).used += 1;
            Ok(())
        }
        Probe::Absent(u, None) => {
            // SAFETY: as above.
            *(*so).table.add(u) = SetEntry {
                key: new_ref(key),
                hash,
            };
            (*so).fill += 1;
            (*so).used += 1;
            if ((*so).fill as usize) * 5 < ((*so).mask as usize) * 3 {
                return Ok(());
            }
            let used = (*so).used;
            resize(so, if used > 50000 { used * 2 } else { used * 4 });
            Ok(())
        }
    }
}

/// Whether an element equal to `key` (of hash `hash`) is present.
///
/// # Safety
/// `so` is initialised, `key` live.
pub unsafe fn contains_entry(so: *mut PySetObject, key: Obj, hash: isize) -> PyResult<bool> {
    Ok(matches!(probe(so, key, hash)?, Probe::Found(_)))
}

/// Removes the element equal to `key`; `Ok(false)` if absent.
///
/// # Safety
/// `so` is initialised, `key` live.
pub unsafe fn discard_entry(so: *mut PySetObject, key: Obj, hash: isize) -> PyResult<bool> {
    match probe(so, key, hash)? {
        Probe::Found(j) => {
            // SAFETY: `j` is an active slot of the current table.
            let e = (*so).table.add(j);
            let old = (*e).key;
            *e = SetEntry {
                key: dummy(),
                hash: -1,
            };
            (*so).used -= 1;
            decref(old);
            Ok(true)
        }
        Probe::Absent(..) => Ok(false),
    }
}

/// The next active slot at or after `*pos` (CPython's `set_next`): its key (borrowed)
/// and hash; `*pos` moves past it.
///
/// # Safety
/// `so` is initialised.
#[inline]
pub unsafe fn next(so: *mut PySetObject, pos: &mut usize) -> Option<(Obj, isize)> {
    let mask = (*so).mask as usize;
    let mut i = *pos;
    while i <= mask {
        // SAFETY: `i <= mask`.
        let e = *(*so).table.add(i);
        if is_active(&e) {
            *pos = i + 1;
            return Some((e.key, e.hash));
        }
        i += 1;
    }
    *pos = i + 1;
    None
}

/// Removes and returns (owned) the element `pop()` takes: the first active slot from the
/// finger on, wrapping around. `None` when empty.
///
/// # Safety
/// `so` is initialised.
pub unsafe fn pop(so: *mut PySetObject) -> Option<Obj> {
    if (*so).used == 0 {
        return None;
    }
    let mask = (*so).mask as usize;
    let mut i = ((*so).finger as usize) & mask;
    loop {
        // SAFETY: `i <= mask`.
        let e = (*so).table.add(i);
        if is_active(&*e) {
            let key = (*e).key;
            *e = SetEntry {
                key: dummy(),
                hash: -1,
            };
            (*so).used -= 1;
            (*so).finger = i as isize + 1;
            return Some(key);
        }
        i = if i == mask { 0 } else { i + 1 };
    }
}

/// Empties the set back to the embedded table, then releases the old elements (whose
/// finalisers see an empty set). The frozenset hash cache is reset too.
///
/// # Safety
/// `so` is initialised.
pub unsafe fn clear(so: *mut PySetObject) {
    let table = (*so).table;
    let mask = (*so).mask as usize;
    let malloced = table != small(so);
    if !malloced && (*so).fill == 0 {
        return;
    }
    let mut keys: Vec<Obj> = Vec::with_capacity((*so).used as usize);
    for i in 0..=mask {
        // SAFETY: `i <= mask`.
        let e = *table.add(i);
        if is_active(&e) {
            keys.push(e.key);
        }
    }
    (*so).smalltable = [UNUSED; MINSIZE];
    (*so).fill = 0;
    (*so).used = 0;
    (*so).mask = MINSIZE as isize - 1;
    (*so).table = small(so);
    (*so).hash = -1;
    if malloced {
        mem_free(table as *mut u8);
    }
    for k in keys {
        decref(k);
    }
}

/// Releases every element and the table (deallocation).
///
/// # Safety
/// `so` is initialised and no longer used afterwards.
pub unsafe fn release(so: *mut PySetObject) {
    let table = (*so).table;
    let mask = (*so).mask as usize;
    for i in 0..=mask {
        // SAFETY: `i <= mask`.
        let e = *table.add(i);
        if is_active(&e) {
            decref(e.key);
        }
    }
    free_table(so, table);
    (*so).table = null_mut();
}

/// Adds every element of the set `other` (CPython's `set_merge`): one resize up front,
/// a slot-for-slot copy into an empty table of the same size without dummies, clean
/// re-insertion into an empty table, otherwise ordinary insertion in `other`'s slot order.
///
/// # Safety
/// Both are initialised sets or frozensets.
pub unsafe fn merge(so: *mut PySetObject, other: *mut PySetObject) -> PyResult<()> {
    if so == other || (*other).used == 0 {
        return Ok(());
    }
    if (((*so).fill + (*other).used) as usize) * 5 >= ((*so).mask as usize) * 3 {
        resize(so, ((*so).used + (*other).used) * 2);
    }
    if (*so).fill == 0 && (*so).mask == (*other).mask && (*other).fill == (*other).used {
        for i in 0..=(*other).mask as usize {
            // SAFETY: both tables have `mask + 1` slots.
            let e = *(*other).table.add(i);
            if !e.key.is_null() {
                *(*so).table.add(i) = SetEntry {
                    key: new_ref(e.key),
                    hash: e.hash,
                };
            }
        }
        (*so).fill = (*other).fill;
        (*so).used = (*other).used;
        return Ok(());
    }
    if (*so).fill == 0 {
        let newmask = (*so).mask as usize;
        (*so).fill = (*other).used;
        (*so).used = (*other).used;
        for i in 0..=(*other).mask as usize {
            // SAFETY: `i` is inside `other`'s table.
            let e = *(*other).table.add(i);
            if is_active(&e) {
                insert_clean((*so).table, newmask, new_ref(e.key), e.hash);
            }
        }
        return Ok(());
    }
    let mut i = 0usize;
    while i <= (*other).mask as usize {
        // SAFETY: `i` is inside `other`'s current table (re-read after every insertion,
        // whose comparisons may run Python code).
        let e = *(*other).table.add(i);
        if is_active(&e) {
            let k = Ref::borrowed(e.key);
            add_entry(so, k.as_ptr(), e.hash)?;
        }
        i += 1;
    }
    Ok(())
}

/// Exchanges the contents of two sets (CPython's `set_swap_bodies`), keeping each
/// object's identity; a table pointing at its own embedded storage moves with it.
///
/// # Safety
/// Both are initialised.
pub unsafe fn swap_bodies(a: *mut PySetObject, b: *mut PySetObject) {
    let a_small = (*a).table == small(a);
    let b_small = (*b).table == small(b);
    std::mem::swap(&mut (*a).fill, &mut (*b).fill);
    std::mem::swap(&mut (*a).used, &mut (*b).used);
    std::mem::swap(&mut (*a).mask, &mut (*b).mask);
    std::mem::swap(&mut (*a).hash, &mut (*b).hash);
    std::mem::swap(&mut (*a).smalltable, &mut (*b).smalltable);
    let (ta, tb) = ((*a).table, (*b).table);
    (*a).table = if b_small { small(a) } else { tb };
    (*b).table = if a_small { small(b) } else { ta };
}
