//! [`List`]: one page of a Mosaia list operation — the items of the `{data: [T], paging}`
//! envelope, with the server's paging information still reachable.

use std::ops::Deref;

use super::types::Paging;
use crate::pagination::{IntoPage, Page};

/// One page of a list operation (`client.list_agents()…send().await?`): the records, and the
/// server's `paging` (offset, limit, total) when it sent one.
///
/// It reads like a slice (`list.len()`, `list[0]`, `for agent in &list`) and iterates by value
/// (`for agent in list`). [`stream`](super::builders::ListAgents::stream) on the same request
/// walks every page instead.
///
/// ```
/// use agent_apis::mosaia::List;
/// let list = List::new(vec!["a", "b"], None);
/// assert_eq!((list.len(), list.total()), (2, None));
/// assert_eq!(list.iter().copied().collect::<Vec<_>>(), ["a", "b"]);
/// ```
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct List<T> {
    /// The records of this page.
    pub items: Vec<T>,
    /// Offset, limit, total and page numbers, when the server sent them.
    pub paging: Option<Paging>,
}

impl<T> List<T> {
    /// A page of `items` with the server's `paging`.
    #[inline]
    pub fn new(items: Vec<T>, paging: Option<Paging>) -> Self {
        Self { items, paging }
    }

    /// The total number of matching records, when the server reported it (a negative total
    /// counts as unreported).
    #[inline]
    pub fn total(&self) -> Option<u64> {
        self.paging
            .as_ref()?
            .total
            .and_then(|t| u64::try_from(t).ok())
    }

    /// The records, without the paging.
    #[inline]
    pub fn into_items(self) -> Vec<T> {
        self.items
    }
}

impl<T> Default for List<T> {
    #[inline]
    fn default() -> Self {
        Self::new(Vec::new(), None)
    }
}

impl<T> Deref for List<T> {
    type Target = [T];
    #[inline]
    fn deref(&self) -> &[T] {
        &self.items
    }
}

impl<T> IntoIterator for List<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    #[inline]
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a List<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    #[inline]
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl<T> IntoPage for List<T> {
    type Item = T;
    #[inline]
    fn into_page(self) -> Page<T> {
        Page {
            total: self.total(),
            items: self.items,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paging(total: Option<i64>) -> Paging {
        serde_json::from_value(serde_json::json!({"offset": 0, "limit": 2, "total": total}))
            .unwrap()
    }

    #[test]
    fn the_total_comes_from_the_paging() {
        assert_eq!(
            List::new(vec![1, 2], Some(paging(Some(5)))).total(),
            Some(5)
        );
        assert_eq!(List::new(vec![1], Some(paging(None))).total(), None);
        assert_eq!(List::new(vec![1], Some(paging(Some(-1)))).total(), None);
        let page = List::new(vec![1, 2], Some(paging(Some(5)))).into_page();
        assert_eq!((page.items, page.total), (vec![1, 2], Some(5)));
    }

    #[test]
    fn a_list_reads_like_a_slice() {
        let list = List::new(vec![1, 2, 3], None);
        assert_eq!((list.len(), list[1]), (3, 2));
        assert_eq!((&list).into_iter().sum::<i32>(), 6);
        assert_eq!(list.into_iter().collect::<Vec<_>>(), [1, 2, 3]);
    }
}
