//! The deadline of one attempt: one timer covering the exchange and the body, polled only when
//! it has to be.
//!
//! reqwest's own whole-exchange timeout polls its timer before every poll of the exchange and
//! of every body frame. A [`Deadline`] polls its timer once, to hand it the task's waker; after
//! that, while the waker stays the same, a poll only reads whether the timer has fired (one
//! atomic load). The timer wakes the task when it fires, so nothing is missed: the next poll
//! of the awaited future sees it.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use pin_project_lite::pin_project;
use tokio::time::Sleep;

pin_project! {
    /// A point in time an attempt must finish by. Awaited futures run under it through
    /// [`Deadline::within`].
    pub(crate) struct Deadline {
        #[pin]
        timer: Sleep,
        // The waker the timer will wake, once it has been given one.
        armed: Option<Waker>,
    }
}

impl Deadline {
    /// The deadline `timeout` from now.
    pub(crate) fn after(timeout: Duration) -> Self {
        Self {
            timer: tokio::time::sleep(timeout),
            armed: None,
        }
    }

    /// `future` under this deadline: its output, or `None` once the deadline has passed.
    pub(crate) fn within<F: Future>(self: Pin<&mut Self>, future: F) -> Within<'_, F> {
        Within {
            future,
            deadline: self,
        }
    }

    /// Whether the deadline has passed; when it has not, the timer will wake `cx`'s task when
    /// it does.
    fn passed(self: Pin<&mut Self>, cx: &mut Context<'_>) -> bool {
        let this = self.project();
        match this.armed {
            Some(waker) if waker.will_wake(cx.waker()) => this.timer.is_elapsed(),
            _ => {
                // Polled outside the task's cooperative budget: a poll the budget refused would
                // hand the timer no waker, and the deadline would never wake this task.
                let mut timer = tokio::task::coop::unconstrained(this.timer);
                if Pin::new(&mut timer).poll(cx).is_ready() {
                    return true;
                }
                *this.armed = Some(cx.waker().clone());
                false
            }
        }
    }
}

pin_project! {
    /// A future under a [`Deadline`] ([`Deadline::within`]).
    pub(crate) struct Within<'a, F> {
        #[pin]
        future: F,
        deadline: Pin<&'a mut Deadline>,
    }
}

impl<F: Future> Future for Within<'_, F> {
    type Output = Option<F::Output>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        if let Poll::Ready(output) = this.future.poll(cx) {
            return Poll::Ready(Some(output));
        }
        if this.deadline.as_mut().passed(cx) {
            Poll::Ready(None)
        } else {
            Poll::Pending
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::pin::pin;

    use tokio::time::Instant;

    /// `future`, failing the test if it has not finished within `limit` (a test whose deadline
    /// never fired would otherwise hang).
    async fn bounded<F: Future>(limit: Duration, future: F) -> F::Output {
        tokio::time::timeout(limit, future)
            .await
            .expect("the deadline never ended the wait")
    }

    #[tokio::test(start_paused = true)]
    async fn what_finishes_in_time_gives_its_output_and_the_rest_ends_at_the_deadline() {
        let started = Instant::now();
        let mut deadline = pin!(Deadline::after(Duration::from_secs(5)));
        let quick = tokio::time::sleep(Duration::from_secs(4));
        let answer = deadline.as_mut().within(async {
            quick.await;
            7
        });
        assert_eq!(answer.await, Some(7));
        // The same deadline covers what is awaited next: 1 s is left of it.
        let slow = tokio::time::sleep(Duration::from_secs(2));
        let body = deadline.as_mut().within(slow);
        assert_eq!(bounded(Duration::from_secs(60), body).await, None);
        assert_eq!(started.elapsed(), Duration::from_secs(5));
    }

    #[tokio::test(start_paused = true)]
    async fn a_task_without_budget_still_arms_the_timer() {
        // A task that has used up its cooperative budget: the timer's first poll must still
        // take the waker, or the deadline would never wake the task.
        let started = Instant::now();
        let mut deadline = pin!(Deadline::after(Duration::from_millis(50)));
        let exhausted = async {
            while tokio::task::coop::has_budget_remaining() {
                tokio::task::coop::consume_budget().await;
            }
            deadline.as_mut().within(std::future::pending::<()>()).await
        };
        assert_eq!(bounded(Duration::from_secs(60), exhausted).await, None);
        assert_eq!(started.elapsed(), Duration::from_millis(50));
    }

    #[tokio::test(start_paused = true)]
    async fn a_new_waker_is_handed_to_the_timer() {
        // Polled first with another waker, then awaited by this task: this task's waker must be
        // the one the timer wakes.
        let started = Instant::now();
        let mut deadline = pin!(Deadline::after(Duration::from_millis(100)));
        let mut within = pin!(deadline.as_mut().within(std::future::pending::<()>()));
        let polled = within
            .as_mut()
            .poll(&mut Context::from_waker(Waker::noop()));
        assert!(polled.is_pending());
        assert_eq!(bounded(Duration::from_secs(60), within).await, None);
        assert_eq!(started.elapsed(), Duration::from_millis(100));
    }
}
