//! Pagination streams over limit/offset APIs, shared by every service.
//!
//! None of the four services uses cursors that progenitor could paginate on its own: they take
//! `limit` and `offset`. [`offset_stream_from`] turns a "fetch one page" closure into a lazy
//! [`Stream`] of items: it asks for a page only when the previous one is used up, holds one page
//! in memory at a time, and stops after a short or empty page (or once a reported total is
//! reached). An error ends the stream after being yielded.

// Each service uses part of this module; a build with some services only leaves the rest unused.
#![cfg_attr(
    not(all(
        feature = "autonomi",
        feature = "clink",
        feature = "ailink",
        feature = "mosaia"
    )),
    allow(dead_code)
)]
use std::collections::VecDeque;
use std::future::Future;

use futures::Stream;

use crate::Result;

/// Which page to fetch: pass these as the API's `offset` and `limit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageRequest {
    /// Items to skip.
    pub offset: u64,
    /// Items to return at most.
    pub limit: u64,
}

/// One fetched page.
#[derive(Clone, Debug, PartialEq)]
pub struct Page<T> {
    /// The page's items.
    pub items: Vec<T>,
    /// The total number of items, when the API reports it.
    pub total: Option<u64>,
}

impl<T> From<Vec<T>> for Page<T> {
    fn from(items: Vec<T>) -> Self {
        Self { items, total: None }
    }
}

/// A list payload that is one page of a paged list (a `Vec`, or a list with its paging).
pub trait IntoPage {
    /// The list's items.
    type Item;
    /// The page.
    fn into_page(self) -> Page<Self::Item>;
}

impl<T> IntoPage for Vec<T> {
    type Item = T;
    fn into_page(self) -> Page<T> {
        Page::from(self)
    }
}

/// [`offset_stream_from`] from offset 0 (the unit tests' shorthand).
#[cfg(test)]
fn offset_stream<T, F, Fut>(page_size: u64, fetch: F) -> impl Stream<Item = Result<T>>
where
    F: FnMut(PageRequest) -> Fut,
    Fut: Future<Output = Result<Page<T>>>,
{
    offset_stream_from(0, page_size, fetch)
}

/// A lazy stream of every item from `offset` on, fetching pages of `page_size` with `fetch`.
pub fn offset_stream_from<T, F, Fut>(
    offset: u64,
    page_size: u64,
    fetch: F,
) -> impl Stream<Item = Result<T>>
where
    F: FnMut(PageRequest) -> Fut,
    Fut: Future<Output = Result<Page<T>>>,
{
    let page_size = page_size.max(1);
    let start = (
        fetch,
        Some(PageRequest {
            offset,
            limit: page_size,
        }),
        VecDeque::<T>::new(),
    );
    futures::stream::unfold(start, |(mut fetch, mut next, mut buffered)| async move {
        loop {
            if let Some(item) = buffered.pop_front() {
                return Some((Ok(item), (fetch, next, buffered)));
            }
            let request = next.take()?;
            // The used-up queue's buffer is a page's worth of slots: free it before the next
            // page arrives, so that one page is held at a time.
            buffered = VecDeque::new();
            match fetch(request).await {
                Err(e) => return Some((Err(e), (fetch, None, buffered))),
                Ok(page) => {
                    let got = page.items.len() as u64;
                    let seen = request.offset + got;
                    let more = got >= request.limit && page.total.is_none_or(|t| seen < t);
                    if more {
                        next = Some(PageRequest {
                            offset: seen,
                            limit: request.limit,
                        });
                    }
                    // The page's own buffer becomes the queue (no copy), so that a page is
                    // never held twice; the previous queue is empty by now.
                    if buffered.is_empty() {
                        buffered = VecDeque::from(page.items);
                    } else {
                        buffered.extend(page.items);
                    }
                }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn pages_are_fetched_until_a_short_one() {
        use futures::TryStreamExt;
        let numbers: Vec<u64> = (0..7).collect();
        let all: Vec<u64> = super::offset_stream_from(0, 3, |p: super::PageRequest| {
            let page: Vec<u64> = numbers
                .iter()
                .copied()
                .skip(p.offset as usize)
                .take(p.limit as usize)
                .collect();
            async move { Ok(super::Page::from(page)) }
        })
        .try_collect()
        .await
        .unwrap();
        assert_eq!(all, numbers);
    }

    use super::*;
    use futures::{StreamExt, TryStreamExt};
    use std::sync::{Arc, Mutex};

    fn source(
        n: u64,
        calls: Arc<Mutex<Vec<PageRequest>>>,
        total: bool,
    ) -> impl FnMut(PageRequest) -> futures::future::Ready<Result<Page<u64>>> {
        move |p| {
            calls.lock().unwrap().push(p);
            let items: Vec<u64> = (p.offset..n.min(p.offset + p.limit)).collect();
            futures::future::ready(Ok(Page {
                items,
                total: total.then_some(n),
            }))
        }
    }

    #[tokio::test]
    async fn walks_pages_and_stops_on_a_short_one() {
        let calls = Arc::new(Mutex::new(Vec::new()));
        let all: Vec<u64> = offset_stream(4, source(10, calls.clone(), false))
            .try_collect()
            .await
            .unwrap();
        assert_eq!(all, (0..10).collect::<Vec<_>>());
        let offsets: Vec<u64> = calls.lock().unwrap().iter().map(|p| p.offset).collect();
        assert_eq!(offsets, vec![0, 4, 8]);
    }

    #[tokio::test]
    async fn exact_multiple_needs_one_empty_page_unless_total_is_known() {
        let calls = Arc::new(Mutex::new(Vec::new()));
        let n = offset_stream(5, source(10, calls.clone(), false))
            .count()
            .await;
        assert_eq!(n, 10);
        assert_eq!(calls.lock().unwrap().len(), 3);
        let calls = Arc::new(Mutex::new(Vec::new()));
        let n = offset_stream(5, source(10, calls.clone(), true))
            .count()
            .await;
        assert_eq!(n, 10);
        assert_eq!(calls.lock().unwrap().len(), 2);
    }

    #[tokio::test]
    async fn is_lazy_and_ends_after_an_error() {
        let calls = Arc::new(Mutex::new(Vec::new()));
        let first: Vec<u64> = offset_stream(3, source(100, calls.clone(), false))
            .take(2)
            .try_collect()
            .await
            .unwrap();
        assert_eq!(first, vec![0, 1]);
        assert_eq!(calls.lock().unwrap().len(), 1);

        let mut n = 0;
        let results: Vec<Result<u64>> = offset_stream(2, move |_p| {
            n += 1;
            futures::future::ready(if n == 1 {
                Ok(Page::from(vec![1, 2]))
            } else {
                Err(crate::Error::invalid_request("boom"))
            })
        })
        .collect()
        .await;
        assert_eq!(results.len(), 3);
        assert!(results[2].is_err());
    }
}
