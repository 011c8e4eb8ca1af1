//! [`ServerVersion`]: the control plane's version as `get_status` reports it, parsed so that a
//! program can tell a 5.x server from a 9.x one (for example, 9.22.12 requires `tenant_id` on
//! `create_project`).

use std::fmt;

use super::types::Status;

/// A Loki Mode server version, `major.minor.patch` (`5.52.4`, `9.22.12`). Ordered, so
/// `version >= ServerVersion::new(9, 0, 0)` reads as expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ServerVersion {
    /// Major version.
    pub major: u64,
    /// Minor version.
    pub minor: u64,
    /// Patch version.
    pub patch: u64,
}

impl ServerVersion {
    /// The version `major.minor.patch`.
    #[inline]
    pub const fn new(major: u64, minor: u64, patch: u64) -> Self {
        Self {
            major,
            minor,
            patch,
        }
    }

    /// Parses `5.52.4`, `v9.22.12`, `9.22` (patch 0) or `9.22.12-rc1` (the suffix is
    /// ignored); `None` for anything else, such as the `unknown` a server without a VERSION
    /// file reports.
    ///
    /// ```
    /// use agent_apis::autonomi::ServerVersion;
    /// assert_eq!(ServerVersion::parse("9.22.12"), Some(ServerVersion::new(9, 22, 12)));
    /// assert!(ServerVersion::parse("5.52.4").unwrap() < ServerVersion::new(9, 0, 0));
    /// assert_eq!(ServerVersion::parse("unknown"), None);
    /// ```
    #[inline]
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let text = text.strip_prefix(['v', 'V']).unwrap_or(text);
        let core = text.split(['-', '+', ' ']).next().unwrap_or_default();
        let mut parts = core.split('.');
        let major = parts.next()?.parse().ok()?;
        let minor = parts.next()?.parse().ok()?;
        let patch = match parts.next() {
            Some(p) => p.parse().ok()?,
            None => 0,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(Self::new(major, minor, patch))
    }
}

impl fmt::Display for ServerVersion {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

impl Status {
    /// The server's version parsed from `version`; `None` when the server did not send one
    /// or sent something that is not `major.minor[.patch]`. The raw text stays in
    /// [`Status::version`].
    #[inline]
    pub fn server_version(&self) -> Option<ServerVersion> {
        self.version.as_deref().and_then(ServerVersion::parse)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_forms_servers_report() {
        assert_eq!(
            ServerVersion::parse("5.52.4"),
            Some(ServerVersion::new(5, 52, 4))
        );
        assert_eq!(
            ServerVersion::parse(" v9.22.12-rc.1 "),
            Some(ServerVersion::new(9, 22, 12))
        );
        assert_eq!(
            ServerVersion::parse("9.22"),
            Some(ServerVersion::new(9, 22, 0))
        );
        for bad in ["", "unknown", "9", "9.x.1", "1.2.3.4", "-1.2.3"] {
            assert_eq!(ServerVersion::parse(bad), None, "{bad}");
        }
        assert_eq!(ServerVersion::new(9, 22, 12).to_string(), "9.22.12");
        assert!(ServerVersion::new(5, 52, 4) < ServerVersion::new(9, 22, 12));
        assert!(ServerVersion::new(9, 3, 0) < ServerVersion::new(9, 22, 0));
    }
}
