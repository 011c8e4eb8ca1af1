//! Group references: a UUID is used as is; anything else is a slug, resolved once per client
//! with `GET /groups?slug=` and cached. Concurrent resolutions of the same slug share one
//! request; a failed resolution is not cached, so the next call tries again.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::sync::OnceCell;

use super::Client;
use crate::{Error, ErrorKind, Result};

/// Whether `s` is a hyphenated UUID (`8-4-4-4-12` hex digits, any case), the form Clink
/// group ids take (the seed's `is_uuid()`).
#[inline]
pub fn is_uuid(s: &str) -> bool {
    // Bytes, not chars (a non-ASCII byte is no hex digit and no hyphen either), group by
    // group: the check every operation taking a group makes before anything is sent.
    let b = s.as_bytes();
    let hex = |part: &[u8]| part.iter().all(u8::is_ascii_hexdigit);
    b.len() == 36
        && b[8] == b'-'
        && b[13] == b'-'
        && b[18] == b'-'
        && b[23] == b'-'
        && hex(&b[..8])
        && hex(&b[9..13])
        && hex(&b[14..18])
        && hex(&b[19..23])
        && hex(&b[24..])
}

/// Slug → group UUID, shared by the clones of one [`Client`].
#[derive(Clone, Debug, Default)]
pub(super) struct SlugCache {
    slugs: Arc<Mutex<HashMap<String, Arc<OnceCell<String>>>>>,
}

impl SlugCache {
    #[inline]
    fn cell(&self, slug: &str) -> Arc<OnceCell<String>> {
        self.map().entry(slug.to_string()).or_default().clone()
    }

    /// Drops the entry of a slug whose lookup failed, so that arbitrary unknown slugs do not
    /// accumulate (a later call looks it up again).
    #[inline]
    fn forget_unresolved(&self, slug: &str) {
        let mut map = self.map();
        if map.get(slug).is_some_and(|cell| cell.get().is_none()) {
            map.remove(slug);
        }
    }

    #[inline]
    fn map(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<OnceCell<String>>>> {
        self.slugs
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Client {
    /// The UUID of the group `group_ref` names (the seed's `resolve_group()`): a UUID is
    /// returned as is without a request; a slug is looked up once with `GET /groups?slug=`
    /// and cached for the life of this client (and its clones). An unknown slug is an
    /// [`ErrorKind::NotFound`] error naming it.
    ///
    /// Every operation that takes a group calls this for you; call it yourself to learn a
    /// group's id.
    ///
    /// ```no_run
    /// # async fn demo(clink: agent_apis::clink::Client) -> agent_apis::Result<()> {
    /// let id = clink.resolve_group("backend-team").await?;
    /// # Ok(()) }
    /// ```
    #[inline]
    pub async fn resolve_group(&self, group_ref: &str) -> Result<String> {
        let group_ref = group_ref.trim();
        if group_ref.is_empty() {
            return Err(Error::invalid_request(
                "a group reference (UUID or slug) must not be empty",
            ));
        }
        if is_uuid(group_ref) {
            return Ok(group_ref.to_string());
        }
        let cell = self.slugs.cell(group_ref);
        // Boxed: the lookup is a whole call of its own, and every operation taking a group
        // awaits this; unboxed, each of their futures would carry a second call's state.
        let resolved = Box::pin(cell.get_or_try_init(|| self.lookup_slug(group_ref)))
            .await
            .cloned();
        if resolved.is_err() {
            self.slugs.forget_unresolved(group_ref);
        }
        resolved
    }

    /// [`resolve_group`](Self::resolve_group) for a reference the caller handed over: a UUID
    /// is returned as it is, without a copy (what the request builders call).
    #[inline]
    pub(crate) async fn resolve_group_owned(&self, group_ref: String) -> Result<String> {
        if is_uuid(&group_ref) {
            return Ok(group_ref);
        }
        self.resolve_slug(group_ref).await
    }

    /// [`resolve_group`](Self::resolve_group) of a reference that is not a UUID, as a boxed
    /// future made here: the lookup's state and temporaries stay out of the caller's future
    /// and out of the stack frame that polls it, which every call taking a group (most of them
    /// with a UUID) would otherwise carry.
    #[inline(never)]
    fn resolve_slug(
        &self,
        group_ref: String,
    ) -> std::pin::Pin<Box<impl std::future::Future<Output = Result<String>> + Send + '_>> {
        Box::pin(async move { self.resolve_group(&group_ref).await })
    }

    #[inline]
    async fn lookup_slug(&self, slug: &str) -> Result<String> {
        let list = self.list_groups().slug(slug).send().await?;
        let found = list
            .groups
            .iter()
            .find(|g| g.slug == slug)
            .or_else(|| list.groups.first());
        match found {
            Some(group) => Ok(group.group_id.clone()),
            None => Err(Error::new(
                ErrorKind::NotFound,
                format!("Group not found: \"{slug}\". Use list_groups to see available groups."),
            )
            .with_operation("clink", "resolve_group")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_uuid;

    #[test]
    fn uuids_are_recognised() {
        assert!(is_uuid("3f1c2b9e-8a47-4d2f-9c1e-6b0a5d7e4f21"));
        assert!(is_uuid("3F1C2B9E-8A47-4D2F-9C1E-6B0A5D7E4F21"));
        assert!(!is_uuid("backend-team"));
        assert!(!is_uuid("3f1c2b9e8a474d2f9c1e6b0a5d7e4f21"));
        assert!(!is_uuid("3f1c2b9e-8a47-4d2f-9c1e-6b0a5d7e4f2g"));
        assert!(!is_uuid("3f1c2b9e-8a47-4d2f-9c1e-6b0a5d7e4f2é"));
    }
}
