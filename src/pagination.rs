//! Pagination streams over limit/offset APIs, shared by every service.
//!
//! None of the four services uses cursors that progenitor could paginate on its own: they take
//! `limit` and `offset`. [`offset_stream_from`] turns a "fetch one page" closure into a lazy
//! [`Stream`] of items: it asks for a page only when the previous one is used up, holds one page
//! in memory at a time, and stops after a short or empty page (or once a reported total is
//! reached). An error ends the stream after being yielded.
//!
//! A server that ignores `limit` and answers more items than asked (Loki Mode 5.52.4's
//! `list_projects` answers every project, whatever the paging) does not page: its answer is
//! taken for the whole list, and the stream ends after it. (Asking such a server for the next
//! offset only gets the whole list again, changed or not.) A server that honours `limit` but
//! ignores `offset` answers the same page again for the next offset: the stream notices (the
//! page's length and its first and last items are the same as the previous page's) and ends
//! with an [`ErrorKind::Unsupported`] error instead of yielding the same items forever.

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
use serde::Serialize;

use crate::{Error, ErrorKind, Result};

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
    T: Serialize,
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
    T: Serialize,
    F: FnMut(PageRequest) -> Fut,
    Fut: Future<Output = Result<Page<T>>>,
{
    let page_size = page_size.max(1);
    let start = State {
        fetch,
        next: Some(PageRequest {
            offset,
            limit: page_size,
        }),
        buffered: VecDeque::<T>::new(),
        previous: None,
    };
    futures::stream::unfold(start, |mut state| async move {
        loop {
            if let Some(item) = state.buffered.pop_front() {
                return Some((Ok(item), state));
            }
            let request = state.next.take()?;
            // The used-up queue's buffer is a page's worth of slots: free it before the next
            // page arrives, so that one page is held at a time.
            state.buffered = VecDeque::new();
            match (state.fetch)(request).await {
                Err(e) => return Some((Err(e), state)),
                Ok(page) => {
                    let got = page.items.len() as u64;
                    let print = fingerprint(&page.items);
                    if let (Some(print), Some(previous)) = (print, state.previous) {
                        if print == previous.print {
                            // The same page again: the server ignores `offset` (see the module
                            // docs). Its items are not yielded a second time.
                            let e = Error::new(
                                ErrorKind::Unsupported,
                                format!(
                                    "the server answered offset {} with the same {got} items as \
                                     offset {}: it ignores `offset`, so this list cannot be \
                                     paged (the stream ends here)",
                                    request.offset, previous.offset
                                ),
                            );
                            return Some((Err(e), state));
                        }
                    }
                    state.previous = print.map(|print| Previous {
                        print,
                        offset: request.offset,
                    });
                    let buffered = &mut state.buffered;
                    let seen = request.offset + got;
                    // More than asked: the server ignores `limit`, and this was its whole list
                    // (see the module docs).
                    let more = got == request.limit && page.total.is_none_or(|t| seen < t);
                    if more {
                        state.next = Some(PageRequest {
                            offset: seen,
                            limit: request.limit,
                        });
                    }
                    // The page's own buffer becomes the queue (no copy), so that a page is
                    // never held twice; the previous queue is empty by now.
                    if buffered.is_empty() {
                        *buffered = VecDeque::from(page.items);
                    } else {
                        buffered.extend(page.items);
                    }
                }
            }
        }
    })
}

/// The state of an [`offset_stream_from`] stream between items.
struct State<T, F> {
    fetch: F,
    /// The next page to fetch, if any.
    next: Option<PageRequest>,
    /// The current page's items not yet yielded.
    buffered: VecDeque<T>,
    /// What the previous page looked like.
    previous: Option<Previous>,
}

/// The previous page, as much as it takes to notice the same page answered again.
#[derive(Clone, Copy)]
struct Previous {
    print: Fingerprint,
    offset: u64,
}

/// A page's length and a hash of its first and last items' JSON.
type Fingerprint = (usize, u64);

/// The [`Fingerprint`] of a page (`None` for an empty page, or items that do not serialize).
fn fingerprint<T: Serialize>(items: &[T]) -> Option<Fingerprint> {
    use std::hash::Hasher;
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    hasher.write_u64(item_hash(items.first()?)?);
    hasher.write_u64(item_hash(items.last()?)?);
    Some((items.len(), hasher.finish()))
}

/// A hash of an item's JSON (`None` if it does not serialize).
fn item_hash<T: Serialize>(item: &T) -> Option<u64> {
    use std::hash::Hasher;
    /// Feeds what serde_json writes to a hasher, without building the text.
    struct HashWriter<'h>(&'h mut std::collections::hash_map::DefaultHasher);
    impl std::io::Write for HashWriter<'_> {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.write(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    serde_json::to_writer(HashWriter(&mut hasher), item).ok()?;
    Some(hasher.finish())
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

    #[tokio::test]
    async fn a_server_ignoring_limit_and_offset_gives_its_whole_list_once() {
        // Loki Mode 5.52.4's list_projects: every item, whatever the paging.
        let calls = Arc::new(Mutex::new(Vec::new()));
        let seen = calls.clone();
        let all: Vec<u64> = offset_stream(4, move |p| {
            seen.lock().unwrap().push(p);
            futures::future::ready(Ok(Page::from((0..10).collect::<Vec<u64>>())))
        })
        .take(1000)
        .try_collect()
        .await
        .unwrap();
        assert_eq!(all, (0..10).collect::<Vec<_>>());
        // More than asked: its whole list, asked once.
        assert_eq!(calls.lock().unwrap().len(), 1);
    }

    #[tokio::test]
    async fn a_server_ignoring_paging_whose_list_grows_meanwhile_gives_its_first_answer() {
        // 5.52.4 again, with another client adding an item between the two requests.
        let mut n = 0u64;
        let all: Vec<u64> = offset_stream(1, move |_p| {
            n += 1;
            let items = if n == 1 { vec![2, 3] } else { vec![1, 2, 3] };
            futures::future::ready(Ok(Page::from(items)))
        })
        .take(1000)
        .try_collect()
        .await
        .unwrap();
        assert_eq!(all, vec![2, 3]);
    }

    #[tokio::test]
    async fn a_server_ignoring_offset_ends_the_stream_with_an_error() {
        let calls = Arc::new(Mutex::new(Vec::new()));
        let seen = calls.clone();
        let results: Vec<Result<u64>> = offset_stream(4, move |p: PageRequest| {
            seen.lock().unwrap().push(p);
            futures::future::ready(Ok(Page::from((0..p.limit).collect::<Vec<u64>>())))
        })
        .take(100)
        .collect()
        .await;
        assert_eq!(results.len(), 5, "{results:?}");
        let items: Vec<u64> = results[..4].iter().map(|r| *r.as_ref().unwrap()).collect();
        assert_eq!(items, vec![0, 1, 2, 3]);
        let err = results[4].as_ref().unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Unsupported);
        assert!(err.to_string().contains("ignores `offset`"), "{err}");
        assert_eq!(calls.lock().unwrap().len(), 2);
    }

    #[tokio::test]
    async fn pages_alike_only_in_length_are_not_taken_for_a_repeat() {
        let all: Vec<u64> = offset_stream(3, source(9, Arc::default(), false))
            .try_collect()
            .await
            .unwrap();
        assert_eq!(all, (0..9).collect::<Vec<_>>());
    }
}
