//! The rater's per-contact state, in a table built for one lookup per log row.
//!
//! Rows come in time order, so contacts come in random order: every lookup is a cache miss on a
//! large log. An entry here is exactly one 64-byte cache line (the number and seven instants), so
//! a lookup costs one miss, where a general hash map costs two (its control bytes, then the
//! entry). Open addressing with linear probing; the table doubles at half full.

/// One contact's open windows, as the instants (UTC ms) they close; 0 = closed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Contact {
    /// Customer service window: 24 h from the user's last message.
    pub service_window: i64,
    /// A reply before this opens a free entry point (24 h after an ad or Page-button message).
    pub entry_reply: i64,
    /// When the open free entry point (a conversation or a window) closes: 72 h after the
    /// business's first reply.
    pub entry_point: i64,
    /// Open conversations: marketing, utility, authentication, service (2022: the first only).
    pub conversations: [i64; 4],
}

impl Contact {
    /// True when every window has closed by `now`: the contact is then like one never seen.
    pub fn idle(&self, now: i64) -> bool {
        self.service_window <= now
            && self.entry_reply <= now
            && self.entry_point <= now
            && self.conversations.iter().all(|c| *c <= now)
    }
}

/// A slot: the number plus one (0 marks an empty slot), and the contact.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(64))]
struct Slot {
    key: u64,
    contact: Contact,
}

/// Contacts by number.
#[derive(Debug, Clone)]
pub struct Contacts {
    slots: Vec<Slot>,
    len: usize,
}

impl Default for Contacts {
    fn default() -> Self {
        Contacts::with_slots(1024)
    }
}

impl Contacts {
    fn with_slots(n: usize) -> Contacts {
        Contacts { slots: vec![Slot::default(); n.next_power_of_two()], len: 0 }
    }

    /// How many contacts are held.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when none are.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The contact of `number`, a fresh one if it is not held.
    pub fn entry(&mut self, number: u64) -> &mut Contact {
        if (self.len + 1) * 2 > self.slots.len() {
            self.rebuild(self.slots.len() * 2, |_| true);
        }
        let key = number.wrapping_add(1);
        let i = self.find(key);
        // INVARIANT: `find` returns an index masked to the table's (power-of-two) length.
        #[allow(clippy::indexing_slicing)]
        let slot = &mut self.slots[i];
        if slot.key == 0 {
            slot.key = key;
            slot.contact = Contact::default();
            self.len += 1;
        }
        &mut slot.contact
    }

    /// Reads the slot of each number, so a loop over them next finds them in the cache. The
    /// reads are independent, so the processor overlaps their misses; the sum keeps them from
    /// being optimised away.
    pub fn touch(&self, numbers: impl Iterator<Item = u64>) -> u64 {
        numbers.map(|n| self.slots.get(self.home(n.wrapping_add(1))).map_or(0, |s| s.key)).fold(0, u64::wrapping_add)
    }

    /// Keeps only the contacts `keep` accepts.
    pub fn retain(&mut self, keep: impl Fn(&Contact) -> bool) {
        let kept = self.slots.iter().filter(|s| s.key != 0 && keep(&s.contact)).count();
        let size = (kept * 4).max(1024);
        self.rebuild(size, keep);
    }

    /// The slot of `key`, or the empty slot where it goes.
    fn find(&self, key: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        while let Some(slot) = self.slots.get(i) {
            if slot.key == key || slot.key == 0 {
                return i;
            }
            i = (i + 1) & mask;
        }
        i
    }

    /// The first slot `key` may be in.
    fn home(&self, key: u64) -> usize {
        // Fibonacci hashing: the product's top bits are the well-mixed ones.
        let bits = self.slots.len().trailing_zeros();
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
    }

    fn rebuild(&mut self, size: usize, keep: impl Fn(&Contact) -> bool) {
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); size.next_power_of_two()]);
        self.len = 0;
        for slot in old.into_iter().filter(|s| s.key != 0 && keep(&s.contact)) {
            let i = self.find(slot.key);
            if let Some(target) = self.slots.get_mut(i) {
                *target = slot;
                self.len += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_survive_growth_and_retain() {
        let mut t = Contacts::default();
        for n in 1..5000u64 {
            t.entry(n * 7919).service_window = n as i64;
        }
        assert_eq!(t.len(), 4999);
        for n in 1..5000u64 {
            assert_eq!(t.entry(n * 7919).service_window, n as i64);
        }
        t.retain(|c| c.service_window > 2500);
        assert_eq!(t.len(), 2499);
        assert_eq!(t.entry(2501 * 7919).service_window, 2501);
        assert_eq!(t.entry(7919).service_window, 0);
        assert_eq!(std::mem::size_of::<Slot>(), 64);
    }
}
