//! Contacts' names kept once each, as ids, in a table built for one lookup per log row.
//!
//! A usage log names a contact on every row (an e-mail address, a phone number), and its rows
//! come in time order, so contacts come in random order: a lookup is a cache miss on a large log.
//! A general map of strings costs three (its control bytes, the entry, the string on the heap);
//! here a slot is one 64-byte cache line holding the name's hash, its id, a mark the caller keeps
//! (the months the contact was counted in) and, up to 44 bytes, the name itself. Longer names
//! are kept in one arena. Open addressing with linear probing; the table doubles at seven eighths
//! full (neighbouring slots are neighbouring cache lines, which the processor fetches ahead).

use std::hash::Hasher;

use rustc_hash::FxHasher;

/// Bytes of a name kept in its slot.
const INLINE: usize = 44;

/// A slot: the name's hash (0 marks an empty slot), its id, the caller's mark, its length, and
/// the name (or, for a longer one, where it starts in the arena).
#[derive(Debug, Clone, Copy)]
#[repr(C, align(64))]
struct Slot {
    hash: u64,
    id: u32,
    mark: u32,
    len: u32,
    name: [u8; INLINE],
}

impl Default for Slot {
    fn default() -> Self {
        Slot { hash: 0, id: 0, mark: 0, len: 0, name: [0; INLINE] }
    }
}

/// Names by id.
#[derive(Debug, Clone)]
pub struct Interner {
    slots: Vec<Slot>,
    arena: Vec<u8>,
    len: usize,
}

impl Default for Interner {
    fn default() -> Self {
        Interner { slots: vec![Slot::default(); 1024], arena: Vec::new(), len: 0 }
    }
}

impl Interner {
    /// How many names are held.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when none are.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The id of `name`, whose [`hash`] is `hash` (ids count up from 0 in the order names are
    /// first seen), and its mark (0 for a new name), for the caller to change.
    pub fn entry_hashed(&mut self, name: &[u8], hash: u64) -> Option<(u32, &mut u32)> {
        if self.len.saturating_add(1).saturating_mul(8) > self.slots.len().saturating_mul(7) {
            self.grow();
        }
        let i = self.find(hash, name);
        if self.slots.get(i)?.hash == 0 {
            let mut slot = Slot {
                hash,
                id: u32::try_from(self.len).ok()?,
                mark: 0,
                len: u32::try_from(name.len()).ok()?,
                name: [0; INLINE],
            };
            match slot.name.get_mut(..name.len()) {
                Some(inline) => inline.copy_from_slice(name),
                None => {
                    let at = self.arena.len() as u64;
                    self.arena.extend_from_slice(name);
                    slot.name.get_mut(..8)?.copy_from_slice(&at.to_le_bytes());
                }
            }
            *self.slots.get_mut(i)? = slot;
            self.len = self.len.saturating_add(1);
        }
        self.slots.get_mut(i).map(|slot| (slot.id, &mut slot.mark))
    }

    /// The slot holding `name`, or the empty slot where it goes.
    fn find(&self, hash: u64, name: &[u8]) -> usize {
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = home(hash, self.slots.len());
        while let Some(slot) = self.slots.get(i) {
            if slot.hash == 0 || (slot.hash == hash && self.holds(slot, name)) {
                return i;
            }
            i = i.wrapping_add(1) & mask;
        }
        i
    }

    /// Reads the first slot of each hash, so lookups of them next find them in the cache. The
    /// reads are independent, so the processor overlaps their misses; the sum keeps them from
    /// being optimised away.
    pub fn touch(&self, hashes: &[u64]) -> u64 {
        hashes
            .iter()
            .map(|h| self.slots.get(home(*h, self.slots.len())).map_or(0, |s| s.hash))
            .fold(0, u64::wrapping_add)
    }

    /// Whether `slot` holds `name`.
    fn holds(&self, slot: &Slot, name: &[u8]) -> bool {
        if slot.len as usize != name.len() {
            return false;
        }
        match slot.name.get(..name.len()) {
            Some(inline) => inline == name,
            None => {
                let at = slot.name.get(..8).and_then(|b| b.try_into().ok()).map_or(0, u64::from_le_bytes) as usize;
                self.arena.get(at..at.saturating_add(name.len())) == Some(name)
            }
        }
    }

    fn grow(&mut self) {
        let size = self.slots.len().saturating_mul(2);
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); size]);
        let mask = size.wrapping_sub(1);
        for slot in old.into_iter().filter(|s| s.hash != 0) {
            let mut i = home(slot.hash, size);
            while self.slots.get(i).is_some_and(|s| s.hash != 0) {
                i = i.wrapping_add(1) & mask;
            }
            if let Some(to) = self.slots.get_mut(i) {
                *to = slot;
            }
        }
    }
}

/// A name's hash, never 0 (which marks an empty slot).
pub fn hash(name: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    h.write(name);
    h.finish() | 1 << 63
}

/// The first slot of a table of `size` (a power of two) that `hash` may be in.
fn home(hash: u64, size: usize) -> usize {
    // Fibonacci hashing: the product's top bits are the well-mixed ones.
    (hash.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 64u32.saturating_sub(size.trailing_zeros())) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_keep_their_ids_and_marks_through_growth() {
        let mut t = Interner::default();
        let name = |n: u32| {
            if n.is_multiple_of(3) {
                format!("a-much-longer-name-that-does-not-fit-in-a-slot-{n}@example.com")
            } else {
                format!("c{n}")
            }
        };
        for n in 0..5000u32 {
            let (id, mark) = t.entry_hashed(name(n).as_bytes(), hash(name(n).as_bytes())).unwrap();
            assert_eq!((id, *mark), (n, 0));
            *mark = n + 1;
        }
        assert_eq!(t.len(), 5000);
        for n in 0..5000u32 {
            let (id, mark) = t.entry_hashed(name(n).as_bytes(), hash(name(n).as_bytes())).unwrap();
            assert_eq!((id, *mark), (n, n + 1));
        }
        assert_eq!(t.entry_hashed(b"", hash(b"")).unwrap().0, 5000);
        assert_eq!(std::mem::size_of::<Slot>(), 64);
    }
}
