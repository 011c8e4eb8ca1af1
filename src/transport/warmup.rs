//! A client's first calls wait one turn of the runtime before asking the connection pool.
//!
//! When many tasks start calling through a new client at once, each finds the pool empty and
//! starts a connect. A task whose first call finishes returns its connection, and the pool
//! hands it to a task whose own connect is still under way (that connect finishes later and is
//! kept as a spare); if the first task's next call comes before that spare lands, it finds the
//! pool empty and connects once more. With 64 tasks on loopback, reqwest opens about 90
//! connections where 64 would do, all in the first few calls of each task.
//!
//! During its warm-up, a call yields to the runtime once before it sends, which lets the
//! connects that have finished reach the pool first. The warm-up lasts three times as many calls
//! as were ever in flight at once during it (at most [`LONGEST`]): for 64 tasks, their first
//! three calls each; for one task, its first three. After it, a call only reads that it is over
//! (one relaxed atomic load).
//!
//! This helps where a connect takes less than a turn of the runtime (loopback, a sidecar, a
//! gateway on the same host or network); where connects take longer (TLS across a WAN), the
//! race plays out as in reqwest alone.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering::Relaxed};

/// The most calls a warm-up lasts.
pub(crate) const LONGEST: u32 = 4096;

/// The warm-up state of one transport's connection pool (a transport made from it with other
/// credentials, over the same pool, keeps a warm-up of its own: a few more yields at most).
#[derive(Debug, Default)]
pub(crate) struct Warmup {
    /// Set once the warm-up is over; never cleared.
    over: AtomicBool,
    /// Calls started during the warm-up.
    started: AtomicU32,
    /// Of those, the ones whose exchange has not ended (a call dropped while waiting stays
    /// counted, which can only make the warm-up longer, up to [`LONGEST`]).
    in_flight: AtomicU32,
    /// The most calls in flight at once during the warm-up.
    peak: AtomicU32,
}

impl Warmup {
    /// Whether a call starting now is part of the warm-up: it then yields before it sends, and
    /// calls [`Warmup::end`] when its exchange ends.
    #[inline]
    pub(crate) fn begin(&self) -> bool {
        !self.over.load(Relaxed) && self.count()
    }

    #[cold]
    #[inline(never)]
    fn count(&self) -> bool {
        let started = self.started.fetch_add(1, Relaxed).saturating_add(1);
        let in_flight = self.in_flight.fetch_add(1, Relaxed).saturating_add(1);
        let peak = self.peak.fetch_max(in_flight, Relaxed).max(in_flight);
        if started > peak.saturating_mul(3).min(LONGEST) {
            self.over.store(true, Relaxed);
            self.in_flight.fetch_sub(1, Relaxed);
            return false;
        }
        true
    }

    /// The exchange of a call [`Warmup::begin`] counted has ended (an answer, an error or the
    /// deadline).
    #[cold]
    #[inline(never)]
    pub(crate) fn end(&self) {
        self.in_flight.fetch_sub(1, Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lasts_three_times_the_most_calls_in_flight() {
        let w = Warmup::default();
        // Five calls at once, then one after another.
        for _ in 0..5 {
            assert!(w.begin());
        }
        for _ in 0..5 {
            w.end();
        }
        for _ in 5..15 {
            assert!(w.begin());
            w.end();
        }
        assert!(!w.begin());
        assert!(!w.begin());
    }

    #[test]
    fn grows_with_the_calls_in_flight() {
        let w = Warmup::default();
        // 40 calls in flight, however they ramp up, keep it going for 120.
        for _ in 0..40 {
            assert!(w.begin());
        }
        for _ in 40..120 {
            w.end();
            assert!(w.begin());
        }
        w.end();
        assert!(!w.begin());
    }

    #[test]
    fn a_sequential_client_yields_on_its_first_three_calls() {
        let w = Warmup::default();
        let mut yielded = 0;
        for _ in 0..10 {
            if w.begin() {
                yielded += 1;
                w.end();
            }
        }
        assert_eq!(yielded, 3);
    }

    #[test]
    fn calls_that_never_end_cannot_keep_it_going_past_the_longest() {
        let w = Warmup::default();
        for _ in 0..LONGEST {
            assert!(w.begin());
        }
        assert!(!w.begin());
    }
}
