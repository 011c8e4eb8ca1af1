// Generated from openapi/clink.yaml by progenitor 0.15.1 through build/codegen.rs. Do not edit.
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///Body of `add_checkpoint`.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct AddCheckpointRequest {
        /**Checkpoints that must be completed first. Same-milestone dependencies must name
earlier checkpoints; cross-milestone ones are checked for cycles.
*/
        pub depends_on: ::std::vec::Vec<CheckpointDependency>,
        pub description: ::std::option::Option<::std::string::String>,
        pub git_branch_url: ::std::option::Option<::std::string::String>,
        pub git_commit_url: ::std::option::Option<::std::string::String>,
        pub git_pr_url: ::std::option::Option<::std::string::String>,
        ///1-based position to insert at; appended at the end when omitted.
        pub position: ::std::option::Option<i64>,
        ///When true, completing the checkpoint first needs a passed proposal.
        pub requires_consensus: ::std::option::Option<bool>,
        pub title: ::std::string::String,
    }
    impl<'de> ::serde::Deserialize<'de> for AddCheckpointRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "depends_on",
                "description",
                "git_branch_url",
                "git_commit_url",
                "git_pr_url",
                "position",
                "requires_consensus",
                "title",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"depends_on" => 0,
                    b"description" => 1,
                    b"git_branch_url" => 2,
                    b"git_commit_url" => 3,
                    b"git_pr_url" => 4,
                    b"position" => 5,
                    b"requires_consensus" => 6,
                    b"title" => 7,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = AddCheckpointRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct AddCheckpointRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<AddCheckpointRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::vec::Vec<CheckpointDependency>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<::std::option::Option<bool>>,
                        ::std::option::Option<::std::string::String>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "depends_on"),
                            1 => crate::de::value(&mut map, &mut slots.1, "description"),
                            2 => {
                                crate::de::value(&mut map, &mut slots.2, "git_branch_url")
                            }
                            3 => {
                                crate::de::value(&mut map, &mut slots.3, "git_commit_url")
                            }
                            4 => crate::de::value(&mut map, &mut slots.4, "git_pr_url"),
                            5 => crate::de::value(&mut map, &mut slots.5, "position"),
                            6 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.6,
                                    "requires_consensus",
                                )
                            }
                            7 => crate::de::value(&mut map, &mut slots.7, "title"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required7 = crate::de::missing(slots.7.take(), "title")?;
                    let (
                        __field0,
                        __field1,
                        __field2,
                        __field3,
                        __field4,
                        __field5,
                        __field6,
                        _,
                    ) = slots;
                    ::std::result::Result::Ok(AddCheckpointRequest {
                        depends_on: crate::de::or_default(__field0),
                        description: crate::de::opt(__field1),
                        git_branch_url: crate::de::opt(__field2),
                        git_commit_url: crate::de::opt(__field3),
                        git_pr_url: crate::de::opt(__field4),
                        position: crate::de::opt(__field5),
                        requires_consensus: crate::de::opt(__field6),
                        title: __required7,
                    })
                }
            }
            deserializer.deserialize_struct("AddCheckpointRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for AddCheckpointRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 8usize] = [
                ::std::vec::Vec::is_empty(&self.depends_on),
                ::std::option::Option::is_none(&self.description),
                ::std::option::Option::is_none(&self.git_branch_url),
                ::std::option::Option::is_none(&self.git_commit_url),
                ::std::option::Option::is_none(&self.git_pr_url),
                ::std::option::Option::is_none(&self.position),
                ::std::option::Option::is_none(&self.requires_consensus),
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "AddCheckpointRequest",
                &skip,
            );
            state.field("depends_on", &self.depends_on, skip[0]);
            state.field("description", &self.description, skip[1]);
            state.field("git_branch_url", &self.git_branch_url, skip[2]);
            state.field("git_commit_url", &self.git_commit_url, skip[3]);
            state.field("git_pr_url", &self.git_pr_url, skip[4]);
            state.field("position", &self.position, skip[5]);
            state.field("requires_consensus", &self.requires_consensus, skip[6]);
            state.field("title", &self.title, skip[7]);
            state.end()
        }
    }
    impl AddCheckpointRequest {
        #[inline]
        pub fn builder() -> builder::AddCheckpointRequest {
            Default::default()
        }
    }
    ///Body of `cast_vote`.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct CastVoteRequest {
        pub comment: ::std::option::Option<::std::string::String>,
        ///Validity of the human-verification link in seconds, 60 to 172800 (server default 300).
        pub hil_expiry_seconds: ::std::option::Option<i64>,
        ///`yes`/`no`, one of the options, or a ranking, depending on the voting type.
        pub vote: ::std::string::String,
    }
    impl<'de> ::serde::Deserialize<'de> for CastVoteRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["comment", "hil_expiry_seconds", "vote"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"comment" => 0,
                    b"hil_expiry_seconds" => 1,
                    b"vote" => 2,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CastVoteRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct CastVoteRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<CastVoteRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<::std::string::String>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "comment"),
                            1 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.1,
                                    "hil_expiry_seconds",
                                )
                            }
                            2 => crate::de::value(&mut map, &mut slots.2, "vote"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required2 = crate::de::missing(slots.2.take(), "vote")?;
                    let (__field0, __field1, _) = slots;
                    ::std::result::Result::Ok(CastVoteRequest {
                        comment: crate::de::opt(__field0),
                        hil_expiry_seconds: crate::de::opt(__field1),
                        vote: __required2,
                    })
                }
            }
            deserializer.deserialize_struct("CastVoteRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for CastVoteRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 3usize] = [
                ::std::option::Option::is_none(&self.comment),
                ::std::option::Option::is_none(&self.hil_expiry_seconds),
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "CastVoteRequest",
                &skip,
            );
            state.field("comment", &self.comment, skip[0]);
            state.field("hil_expiry_seconds", &self.hil_expiry_seconds, skip[1]);
            state.field("vote", &self.vote, skip[2]);
            state.end()
        }
    }
    impl CastVoteRequest {
        #[inline]
        pub fn builder() -> builder::CastVoteRequest {
            Default::default()
        }
    }
    ///One ordered step of a milestone.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct Checkpoint {
        pub completed_at: ::std::option::Option<crate::Timestamp>,
        pub completed_by: ::std::option::Option<::std::string::String>,
        /**Checkpoints that must be completed first: an integer is a checkpoint `order` of the
same milestone, a string `"<milestone_id>:<order>"` a checkpoint of another milestone.
*/
        pub depends_on: ::std::option::Option<::std::vec::Vec<CheckpointDependency>>,
        pub description: ::std::string::String,
        pub git_branch_url: ::std::option::Option<::std::string::String>,
        pub git_commit_url: ::std::option::Option<::std::string::String>,
        pub git_pr_url: ::std::option::Option<::std::string::String>,
        ///1-based position within the milestone.
        pub order: i64,
        ///Status of that proposal (e.g. `open`, `finalized`).
        pub proposal_status: ::std::option::Option<::std::string::String>,
        ///The consensus proposal that must pass before this checkpoint can be completed.
        pub requires_proposal_id: ::std::option::Option<::std::string::String>,
        pub status: crate::clink::generated::enums::CheckpointStatus,
        pub title: ::std::string::String,
    }
    impl<'de> ::serde::Deserialize<'de> for Checkpoint {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "completed_at",
                "completed_by",
                "depends_on",
                "description",
                "git_branch_url",
                "git_commit_url",
                "git_pr_url",
                "order",
                "proposal_status",
                "requires_proposal_id",
                "status",
                "title",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"completed_at" => 0,
                    b"completed_by" => 1,
                    b"depends_on" => 2,
                    b"description" => 3,
                    b"git_branch_url" => 4,
                    b"git_commit_url" => 5,
                    b"git_pr_url" => 6,
                    b"order" => 7,
                    b"proposal_status" => 8,
                    b"requires_proposal_id" => 9,
                    b"status" => 10,
                    b"title" => 11,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Checkpoint;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct Checkpoint")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<Checkpoint, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::vec::Vec<CheckpointDependency>>,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<i64>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            crate::clink::generated::enums::CheckpointStatus,
                        >,
                        ::std::option::Option<::std::string::String>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "completed_at"),
                            1 => crate::de::value(&mut map, &mut slots.1, "completed_by"),
                            2 => crate::de::value(&mut map, &mut slots.2, "depends_on"),
                            3 => crate::de::value(&mut map, &mut slots.3, "description"),
                            4 => {
                                crate::de::value(&mut map, &mut slots.4, "git_branch_url")
                            }
                            5 => {
                                crate::de::value(&mut map, &mut slots.5, "git_commit_url")
                            }
                            6 => crate::de::value(&mut map, &mut slots.6, "git_pr_url"),
                            7 => crate::de::value(&mut map, &mut slots.7, "order"),
                            8 => {
                                crate::de::value(&mut map, &mut slots.8, "proposal_status")
                            }
                            9 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.9,
                                    "requires_proposal_id",
                                )
                            }
                            10 => crate::de::value(&mut map, &mut slots.10, "status"),
                            11 => crate::de::value(&mut map, &mut slots.11, "title"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required3 = crate::de::missing(slots.3.take(), "description")?;
                    let __required7 = crate::de::missing(slots.7.take(), "order")?;
                    let __required10 = crate::de::missing(slots.10.take(), "status")?;
                    let __required11 = crate::de::missing(slots.11.take(), "title")?;
                    let (
                        __field0,
                        __field1,
                        __field2,
                        _,
                        __field4,
                        __field5,
                        __field6,
                        _,
                        __field8,
                        __field9,
                        _,
                        _,
                    ) = slots;
                    ::std::result::Result::Ok(Checkpoint {
                        completed_at: crate::de::opt(__field0),
                        completed_by: crate::de::opt(__field1),
                        depends_on: crate::de::opt(__field2),
                        description: __required3,
                        git_branch_url: crate::de::opt(__field4),
                        git_commit_url: crate::de::opt(__field5),
                        git_pr_url: crate::de::opt(__field6),
                        order: __required7,
                        proposal_status: crate::de::opt(__field8),
                        requires_proposal_id: crate::de::opt(__field9),
                        status: __required10,
                        title: __required11,
                    })
                }
            }
            deserializer.deserialize_struct("Checkpoint", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for Checkpoint {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 12usize] = [
                ::std::option::Option::is_none(&self.completed_at),
                ::std::option::Option::is_none(&self.completed_by),
                ::std::option::Option::is_none(&self.depends_on),
                false,
                ::std::option::Option::is_none(&self.git_branch_url),
                ::std::option::Option::is_none(&self.git_commit_url),
                ::std::option::Option::is_none(&self.git_pr_url),
                false,
                ::std::option::Option::is_none(&self.proposal_status),
                ::std::option::Option::is_none(&self.requires_proposal_id),
                false,
                false,
            ];
            let mut state = crate::de::Fields::start(serializer, "Checkpoint", &skip);
            state.field("completed_at", &self.completed_at, skip[0]);
            state.field("completed_by", &self.completed_by, skip[1]);
            state.field("depends_on", &self.depends_on, skip[2]);
            state.field("description", &self.description, skip[3]);
            state.field("git_branch_url", &self.git_branch_url, skip[4]);
            state.field("git_commit_url", &self.git_commit_url, skip[5]);
            state.field("git_pr_url", &self.git_pr_url, skip[6]);
            state.field("order", &self.order, skip[7]);
            state.field("proposal_status", &self.proposal_status, skip[8]);
            state.field("requires_proposal_id", &self.requires_proposal_id, skip[9]);
            state.field("status", &self.status, skip[10]);
            state.field("title", &self.title, skip[11]);
            state.end()
        }
    }
    /**A checkpoint dependency: an integer checkpoint `order` in the same milestone, or a
string `"<milestone_id>:<order>"` naming a checkpoint of another milestone.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[non_exhaustive]
    pub enum CheckpointDependency {
        Int64(i64),
        String(::std::string::String),
    }
    impl ::std::fmt::Display for CheckpointDependency {
        #[inline]
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Int64(x) => x.fmt(f),
                Self::String(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for CheckpointDependency {
        #[inline]
        fn from(value: i64) -> Self {
            Self::Int64(value)
        }
    }
    ///A checkpoint to create together with a milestone.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct CheckpointInput {
        ///Checkpoints that must be completed first (see `CheckpointDependency`).
        pub depends_on: ::std::vec::Vec<CheckpointDependency>,
        pub description: ::std::option::Option<::std::string::String>,
        pub git_branch_url: ::std::option::Option<::std::string::String>,
        pub git_commit_url: ::std::option::Option<::std::string::String>,
        pub git_pr_url: ::std::option::Option<::std::string::String>,
        ///When true, completing the checkpoint first needs a passed proposal.
        pub requires_consensus: ::std::option::Option<bool>,
        pub title: ::std::string::String,
    }
    impl<'de> ::serde::Deserialize<'de> for CheckpointInput {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "depends_on",
                "description",
                "git_branch_url",
                "git_commit_url",
                "git_pr_url",
                "requires_consensus",
                "title",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"depends_on" => 0,
                    b"description" => 1,
                    b"git_branch_url" => 2,
                    b"git_commit_url" => 3,
                    b"git_pr_url" => 4,
                    b"requires_consensus" => 5,
                    b"title" => 6,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CheckpointInput;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct CheckpointInput")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<CheckpointInput, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::vec::Vec<CheckpointDependency>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::option::Option<bool>>,
                        ::std::option::Option<::std::string::String>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "depends_on"),
                            1 => crate::de::value(&mut map, &mut slots.1, "description"),
                            2 => {
                                crate::de::value(&mut map, &mut slots.2, "git_branch_url")
                            }
                            3 => {
                                crate::de::value(&mut map, &mut slots.3, "git_commit_url")
                            }
                            4 => crate::de::value(&mut map, &mut slots.4, "git_pr_url"),
                            5 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.5,
                                    "requires_consensus",
                                )
                            }
                            6 => crate::de::value(&mut map, &mut slots.6, "title"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required6 = crate::de::missing(slots.6.take(), "title")?;
                    let (
                        __field0,
                        __field1,
                        __field2,
                        __field3,
                        __field4,
                        __field5,
                        _,
                    ) = slots;
                    ::std::result::Result::Ok(CheckpointInput {
                        depends_on: crate::de::or_default(__field0),
                        description: crate::de::opt(__field1),
                        git_branch_url: crate::de::opt(__field2),
                        git_commit_url: crate::de::opt(__field3),
                        git_pr_url: crate::de::opt(__field4),
                        requires_consensus: crate::de::opt(__field5),
                        title: __required6,
                    })
                }
            }
            deserializer.deserialize_struct("CheckpointInput", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for CheckpointInput {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 7usize] = [
                ::std::vec::Vec::is_empty(&self.depends_on),
                ::std::option::Option::is_none(&self.description),
                ::std::option::Option::is_none(&self.git_branch_url),
                ::std::option::Option::is_none(&self.git_commit_url),
                ::std::option::Option::is_none(&self.git_pr_url),
                ::std::option::Option::is_none(&self.requires_consensus),
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "CheckpointInput",
                &skip,
            );
            state.field("depends_on", &self.depends_on, skip[0]);
            state.field("description", &self.description, skip[1]);
            state.field("git_branch_url", &self.git_branch_url, skip[2]);
            state.field("git_commit_url", &self.git_commit_url, skip[3]);
            state.field("git_pr_url", &self.git_pr_url, skip[4]);
            state.field("requires_consensus", &self.requires_consensus, skip[5]);
            state.field("title", &self.title, skip[6]);
            state.end()
        }
    }
    impl CheckpointInput {
        #[inline]
        pub fn builder() -> builder::CheckpointInput {
            Default::default()
        }
    }
    ///Body of `claim_clink`.
    #[derive(Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct ClaimClinkRequest {
        ///How long to hold the claim, in seconds (server default 300).
        pub timeout_seconds: ::std::option::Option<i64>,
    }
    impl<'de> ::serde::Deserialize<'de> for ClaimClinkRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["timeout_seconds"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"timeout_seconds" => 0,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = ClaimClinkRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct ClaimClinkRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<ClaimClinkRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<i64>>,
                    ) = (::std::option::Option::None,);
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => {
                                crate::de::value(&mut map, &mut slots.0, "timeout_seconds")
                            }
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let (__field0,) = slots;
                    ::std::result::Result::Ok(ClaimClinkRequest {
                        timeout_seconds: crate::de::opt(__field0),
                    })
                }
            }
            deserializer.deserialize_struct("ClaimClinkRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for ClaimClinkRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 1usize] = [
                ::std::option::Option::is_none(&self.timeout_seconds),
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "ClaimClinkRequest",
                &skip,
            );
            state.field("timeout_seconds", &self.timeout_seconds, skip[0]);
            state.end()
        }
    }
    impl ClaimClinkRequest {
        #[inline]
        pub fn builder() -> builder::ClaimClinkRequest {
            Default::default()
        }
    }
    ///A clink - a message posted to a group, with its processing (claim) state.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct Clink {
        ///When the current claim lapses unless the clink is completed or released.
        pub claim_expires_at: ::std::option::Option<crate::Timestamp>,
        pub claimed_at: ::std::option::Option<crate::Timestamp>,
        ///Id of the agent or user holding the claim.
        pub claimed_by: ::std::option::Option<::std::string::String>,
        pub clink_id: ::std::string::String,
        pub completed_at: ::std::option::Option<crate::Timestamp>,
        pub completed_by: ::std::option::Option<::std::string::String>,
        ///The message text (at most 4096 characters).
        pub content: ::std::string::String,
        pub created_at: crate::Timestamp,
        /**The recipient (user id or agent profile id) the clink is addressed to; absent when
it is addressed to the whole group. JSON key `for`.
*/
        pub for_: ::std::option::Option<::std::string::String>,
        pub group_id: ::std::string::String,
        pub group_name: ::std::option::Option<::std::string::String>,
        pub group_slug: ::std::option::Option<::std::string::String>,
        pub sender_id: ::std::string::String,
        pub sender_name: ::std::string::String,
        pub status: crate::clink::generated::enums::ClinkStatus,
    }
    impl<'de> ::serde::Deserialize<'de> for Clink {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "claim_expires_at",
                "claimed_at",
                "claimed_by",
                "clink_id",
                "completed_at",
                "completed_by",
                "content",
                "created_at",
                "for",
                "group_id",
                "group_name",
                "group_slug",
                "sender_id",
                "sender_name",
                "status",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"claim_expires_at" => 0,
                    b"claimed_at" => 1,
                    b"claimed_by" => 2,
                    b"clink_id" => 3,
                    b"completed_at" => 4,
                    b"completed_by" => 5,
                    b"content" => 6,
                    b"created_at" => 7,
                    b"for" => 8,
                    b"group_id" => 9,
                    b"group_name" => 10,
                    b"group_slug" => 11,
                    b"sender_id" => 12,
                    b"sender_name" => 13,
                    b"status" => 14,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Clink;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct Clink")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<Clink, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<crate::Timestamp>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<
                            crate::clink::generated::enums::ClinkStatus,
                        >,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => {
                                crate::de::value(&mut map, &mut slots.0, "claim_expires_at")
                            }
                            1 => crate::de::value(&mut map, &mut slots.1, "claimed_at"),
                            2 => crate::de::value(&mut map, &mut slots.2, "claimed_by"),
                            3 => crate::de::value(&mut map, &mut slots.3, "clink_id"),
                            4 => crate::de::value(&mut map, &mut slots.4, "completed_at"),
                            5 => crate::de::value(&mut map, &mut slots.5, "completed_by"),
                            6 => crate::de::value(&mut map, &mut slots.6, "content"),
                            7 => crate::de::value(&mut map, &mut slots.7, "created_at"),
                            8 => crate::de::value(&mut map, &mut slots.8, "for"),
                            9 => crate::de::value(&mut map, &mut slots.9, "group_id"),
                            10 => crate::de::value(&mut map, &mut slots.10, "group_name"),
                            11 => crate::de::value(&mut map, &mut slots.11, "group_slug"),
                            12 => crate::de::value(&mut map, &mut slots.12, "sender_id"),
                            13 => {
                                crate::de::value(&mut map, &mut slots.13, "sender_name")
                            }
                            14 => crate::de::value(&mut map, &mut slots.14, "status"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required3 = crate::de::missing(slots.3.take(), "clink_id")?;
                    let __required6 = crate::de::missing(slots.6.take(), "content")?;
                    let __required7 = crate::de::missing(slots.7.take(), "created_at")?;
                    let __required9 = crate::de::missing(slots.9.take(), "group_id")?;
                    let __required12 = crate::de::missing(slots.12.take(), "sender_id")?;
                    let __required13 = crate::de::missing(
                        slots.13.take(),
                        "sender_name",
                    )?;
                    let __required14 = crate::de::missing(slots.14.take(), "status")?;
                    let (
                        __field0,
                        __field1,
                        __field2,
                        _,
                        __field4,
                        __field5,
                        _,
                        _,
                        __field8,
                        _,
                        __field10,
                        __field11,
                        _,
                        _,
                        _,
                    ) = slots;
                    ::std::result::Result::Ok(Clink {
                        claim_expires_at: crate::de::opt(__field0),
                        claimed_at: crate::de::opt(__field1),
                        claimed_by: crate::de::opt(__field2),
                        clink_id: __required3,
                        completed_at: crate::de::opt(__field4),
                        completed_by: crate::de::opt(__field5),
                        content: __required6,
                        created_at: __required7,
                        for_: crate::de::opt(__field8),
                        group_id: __required9,
                        group_name: crate::de::opt(__field10),
                        group_slug: crate::de::opt(__field11),
                        sender_id: __required12,
                        sender_name: __required13,
                        status: __required14,
                    })
                }
            }
            deserializer.deserialize_struct("Clink", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for Clink {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 15usize] = [
                ::std::option::Option::is_none(&self.claim_expires_at),
                ::std::option::Option::is_none(&self.claimed_at),
                ::std::option::Option::is_none(&self.claimed_by),
                false,
                ::std::option::Option::is_none(&self.completed_at),
                ::std::option::Option::is_none(&self.completed_by),
                false,
                false,
                ::std::option::Option::is_none(&self.for_),
                false,
                ::std::option::Option::is_none(&self.group_name),
                ::std::option::Option::is_none(&self.group_slug),
                false,
                false,
                false,
            ];
            let mut state = crate::de::Fields::start(serializer, "Clink", &skip);
            state.field("claim_expires_at", &self.claim_expires_at, skip[0]);
            state.field("claimed_at", &self.claimed_at, skip[1]);
            state.field("claimed_by", &self.claimed_by, skip[2]);
            state.field("clink_id", &self.clink_id, skip[3]);
            state.field("completed_at", &self.completed_at, skip[4]);
            state.field("completed_by", &self.completed_by, skip[5]);
            state.field("content", &self.content, skip[6]);
            state.field("created_at", &self.created_at, skip[7]);
            state.field("for", &self.for_, skip[8]);
            state.field("group_id", &self.group_id, skip[9]);
            state.field("group_name", &self.group_name, skip[10]);
            state.field("group_slug", &self.group_slug, skip[11]);
            state.field("sender_id", &self.sender_id, skip[12]);
            state.field("sender_name", &self.sender_name, skip[13]);
            state.field("status", &self.status, skip[14]);
            state.end()
        }
    }
    ///Response envelope of send_clink, claim_clink and release_clink; `data` holds the `Clink` payload.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct ClinkEnvelope {
        ///The payload; absent or null when the call failed.
        pub data: ::std::option::Option<Clink>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl<'de> ::serde::Deserialize<'de> for ClinkEnvelope {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["data", "error", "message", "success"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"data" => 0,
                    b"error" => 1,
                    b"message" => 2,
                    b"success" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = ClinkEnvelope;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct ClinkEnvelope")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<ClinkEnvelope, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<Clink>>,
                        ::std::option::Option<
                            ::std::option::Option<::serde_json::Value>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<bool>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "data"),
                            1 => crate::de::value(&mut map, &mut slots.1, "error"),
                            2 => crate::de::value(&mut map, &mut slots.2, "message"),
                            3 => crate::de::value(&mut map, &mut slots.3, "success"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required3 = crate::de::missing(slots.3.take(), "success")?;
                    let (__field0, __field1, __field2, _) = slots;
                    ::std::result::Result::Ok(ClinkEnvelope {
                        data: crate::de::opt(__field0),
                        error: crate::de::opt(__field1),
                        message: crate::de::opt(__field2),
                        success: __required3,
                    })
                }
            }
            deserializer.deserialize_struct("ClinkEnvelope", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for ClinkEnvelope {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [
                ::std::option::Option::is_none(&self.data),
                ::std::option::Option::is_none(&self.error),
                ::std::option::Option::is_none(&self.message),
                false,
            ];
            let mut state = crate::de::Fields::start(serializer, "ClinkEnvelope", &skip);
            state.field("data", &self.data, skip[0]);
            state.field("error", &self.error, skip[1]);
            state.field("message", &self.message, skip[2]);
            state.field("success", &self.success, skip[3]);
            state.end()
        }
    }
    ///`data` of `get_clinks`.
    #[derive(Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct ClinkList {
        pub clinks: ::std::vec::Vec<Clink>,
    }
    impl<'de> ::serde::Deserialize<'de> for ClinkList {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["clinks"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"clinks" => 0,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = ClinkList;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct ClinkList")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<ClinkList, A::Error> {
                    let mut slots: (::std::option::Option<::std::vec::Vec<Clink>>,) = (
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "clinks"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let (__field0,) = slots;
                    ::std::result::Result::Ok(ClinkList {
                        clinks: crate::de::or_default(__field0),
                    })
                }
            }
            deserializer.deserialize_struct("ClinkList", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for ClinkList {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 1usize] = [::std::vec::Vec::is_empty(&self.clinks)];
            let mut state = crate::de::Fields::start(serializer, "ClinkList", &skip);
            state.field("clinks", &self.clinks, skip[0]);
            state.end()
        }
    }
    ///Response envelope of `get_clinks`; `data` holds the `ClinkList` payload.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct ClinkListEnvelope {
        ///The payload; absent or null when the call failed.
        pub data: ::std::option::Option<ClinkList>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl<'de> ::serde::Deserialize<'de> for ClinkListEnvelope {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["data", "error", "message", "success"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"data" => 0,
                    b"error" => 1,
                    b"message" => 2,
                    b"success" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = ClinkListEnvelope;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct ClinkListEnvelope")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<ClinkListEnvelope, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<ClinkList>>,
                        ::std::option::Option<
                            ::std::option::Option<::serde_json::Value>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<bool>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "data"),
                            1 => crate::de::value(&mut map, &mut slots.1, "error"),
                            2 => crate::de::value(&mut map, &mut slots.2, "message"),
                            3 => crate::de::value(&mut map, &mut slots.3, "success"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required3 = crate::de::missing(slots.3.take(), "success")?;
                    let (__field0, __field1, __field2, _) = slots;
                    ::std::result::Result::Ok(ClinkListEnvelope {
                        data: crate::de::opt(__field0),
                        error: crate::de::opt(__field1),
                        message: crate::de::opt(__field2),
                        success: __required3,
                    })
                }
            }
            deserializer.deserialize_struct("ClinkListEnvelope", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for ClinkListEnvelope {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [
                ::std::option::Option::is_none(&self.data),
                ::std::option::Option::is_none(&self.error),
                ::std::option::Option::is_none(&self.message),
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "ClinkListEnvelope",
                &skip,
            );
            state.field("data", &self.data, skip[0]);
            state.field("error", &self.error, skip[1]);
            state.field("message", &self.message, skip[2]);
            state.field("success", &self.success, skip[3]);
            state.end()
        }
    }
    ///Body of `complete_checkpoint`.
    #[derive(Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct CompleteCheckpointRequest {
        ///Validity of the human-verification link in seconds, 60 to 172800 (server default 300).
        pub hil_expiry_seconds: ::std::option::Option<i64>,
    }
    impl<'de> ::serde::Deserialize<'de> for CompleteCheckpointRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["hil_expiry_seconds"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"hil_expiry_seconds" => 0,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CompleteCheckpointRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct CompleteCheckpointRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<CompleteCheckpointRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<i64>>,
                    ) = (::std::option::Option::None,);
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.0,
                                    "hil_expiry_seconds",
                                )
                            }
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let (__field0,) = slots;
                    ::std::result::Result::Ok(CompleteCheckpointRequest {
                        hil_expiry_seconds: crate::de::opt(__field0),
                    })
                }
            }
            deserializer
                .deserialize_struct("CompleteCheckpointRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for CompleteCheckpointRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 1usize] = [
                ::std::option::Option::is_none(&self.hil_expiry_seconds),
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "CompleteCheckpointRequest",
                &skip,
            );
            state.field("hil_expiry_seconds", &self.hil_expiry_seconds, skip[0]);
            state.end()
        }
    }
    impl CompleteCheckpointRequest {
        #[inline]
        pub fn builder() -> builder::CompleteCheckpointRequest {
            Default::default()
        }
    }
    ///Body of `complete_clink`.
    #[derive(Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct CompleteClinkRequest {
        ///Optional reply, posted as a new clink in the same group.
        pub response: ::std::option::Option<::std::string::String>,
    }
    impl<'de> ::serde::Deserialize<'de> for CompleteClinkRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["response"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"response" => 0,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CompleteClinkRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct CompleteClinkRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<CompleteClinkRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                    ) = (::std::option::Option::None,);
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "response"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let (__field0,) = slots;
                    ::std::result::Result::Ok(CompleteClinkRequest {
                        response: crate::de::opt(__field0),
                    })
                }
            }
            deserializer.deserialize_struct("CompleteClinkRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for CompleteClinkRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 1usize] = [::std::option::Option::is_none(&self.response)];
            let mut state = crate::de::Fields::start(
                serializer,
                "CompleteClinkRequest",
                &skip,
            );
            state.field("response", &self.response, skip[0]);
            state.end()
        }
    }
    impl CompleteClinkRequest {
        #[inline]
        pub fn builder() -> builder::CompleteClinkRequest {
            Default::default()
        }
    }
    ///`data` of `complete_clink`.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct CompleteClinkResult {
        pub clink: Clink,
        ///Id of the clink created from `response`, when one was given.
        pub response_clink_id: ::std::option::Option<::std::string::String>,
    }
    impl<'de> ::serde::Deserialize<'de> for CompleteClinkResult {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["clink", "response_clink_id"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"clink" => 0,
                    b"response_clink_id" => 1,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CompleteClinkResult;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct CompleteClinkResult")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<CompleteClinkResult, A::Error> {
                    let mut slots: (
                        ::std::option::Option<Clink>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                    ) = (::std::option::Option::None, ::std::option::Option::None);
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "clink"),
                            1 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.1,
                                    "response_clink_id",
                                )
                            }
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "clink")?;
                    let (_, __field1) = slots;
                    ::std::result::Result::Ok(CompleteClinkResult {
                        clink: __required0,
                        response_clink_id: crate::de::opt(__field1),
                    })
                }
            }
            deserializer.deserialize_struct("CompleteClinkResult", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for CompleteClinkResult {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 2usize] = [
                false,
                ::std::option::Option::is_none(&self.response_clink_id),
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "CompleteClinkResult",
                &skip,
            );
            state.field("clink", &self.clink, skip[0]);
            state.field("response_clink_id", &self.response_clink_id, skip[1]);
            state.end()
        }
    }
    ///Response envelope of `complete_clink`; `data` holds the `CompleteClinkResult` payload.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct CompleteClinkResultEnvelope {
        ///The payload; absent or null when the call failed.
        pub data: ::std::option::Option<CompleteClinkResult>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl<'de> ::serde::Deserialize<'de> for CompleteClinkResultEnvelope {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["data", "error", "message", "success"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"data" => 0,
                    b"error" => 1,
                    b"message" => 2,
                    b"success" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CompleteClinkResultEnvelope;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct CompleteClinkResultEnvelope")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<CompleteClinkResultEnvelope, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<CompleteClinkResult>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::serde_json::Value>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<bool>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "data"),
                            1 => crate::de::value(&mut map, &mut slots.1, "error"),
                            2 => crate::de::value(&mut map, &mut slots.2, "message"),
                            3 => crate::de::value(&mut map, &mut slots.3, "success"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required3 = crate::de::missing(slots.3.take(), "success")?;
                    let (__field0, __field1, __field2, _) = slots;
                    ::std::result::Result::Ok(CompleteClinkResultEnvelope {
                        data: crate::de::opt(__field0),
                        error: crate::de::opt(__field1),
                        message: crate::de::opt(__field2),
                        success: __required3,
                    })
                }
            }
            deserializer
                .deserialize_struct("CompleteClinkResultEnvelope", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for CompleteClinkResultEnvelope {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [
                ::std::option::Option::is_none(&self.data),
                ::std::option::Option::is_none(&self.error),
                ::std::option::Option::is_none(&self.message),
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "CompleteClinkResultEnvelope",
                &skip,
            );
            state.field("data", &self.data, skip[0]);
            state.field("error", &self.error, skip[1]);
            state.field("message", &self.message, skip[2]);
            state.field("success", &self.success, skip[3]);
            state.end()
        }
    }
    ///Body of `create_milestone`.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateMilestoneRequest {
        ///The checkpoints, in order.
        pub checkpoints: ::std::vec::Vec<CheckpointInput>,
        pub description: ::std::option::Option<::std::string::String>,
        ///Project to put the milestone in (default - the group's default project).
        pub project_id: ::std::option::Option<::std::string::String>,
        pub title: ::std::string::String,
    }
    impl<'de> ::serde::Deserialize<'de> for CreateMilestoneRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "checkpoints",
                "description",
                "project_id",
                "title",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"checkpoints" => 0,
                    b"description" => 1,
                    b"project_id" => 2,
                    b"title" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CreateMilestoneRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct CreateMilestoneRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<CreateMilestoneRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::vec::Vec<CheckpointInput>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::string::String>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "checkpoints"),
                            1 => crate::de::value(&mut map, &mut slots.1, "description"),
                            2 => crate::de::value(&mut map, &mut slots.2, "project_id"),
                            3 => crate::de::value(&mut map, &mut slots.3, "title"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "checkpoints")?;
                    let __required3 = crate::de::missing(slots.3.take(), "title")?;
                    let (_, __field1, __field2, _) = slots;
                    ::std::result::Result::Ok(CreateMilestoneRequest {
                        checkpoints: __required0,
                        description: crate::de::opt(__field1),
                        project_id: crate::de::opt(__field2),
                        title: __required3,
                    })
                }
            }
            deserializer.deserialize_struct("CreateMilestoneRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for CreateMilestoneRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [
                false,
                ::std::option::Option::is_none(&self.description),
                ::std::option::Option::is_none(&self.project_id),
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "CreateMilestoneRequest",
                &skip,
            );
            state.field("checkpoints", &self.checkpoints, skip[0]);
            state.field("description", &self.description, skip[1]);
            state.field("project_id", &self.project_id, skip[2]);
            state.field("title", &self.title, skip[3]);
            state.end()
        }
    }
    impl CreateMilestoneRequest {
        #[inline]
        pub fn builder() -> builder::CreateMilestoneRequest {
            Default::default()
        }
    }
    ///Body of `create_project`.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateProjectRequest {
        ///Display colour, e.g. `"#3b82f6"`.
        pub color: ::std::option::Option<::std::string::String>,
        pub description: ::std::option::Option<::std::string::String>,
        ///Unique within the group; derived from the title when omitted.
        pub slug: ::std::option::Option<::std::string::String>,
        pub title: ::std::string::String,
    }
    impl<'de> ::serde::Deserialize<'de> for CreateProjectRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["color", "description", "slug", "title"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"color" => 0,
                    b"description" => 1,
                    b"slug" => 2,
                    b"title" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CreateProjectRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct CreateProjectRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<CreateProjectRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::string::String>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "color"),
                            1 => crate::de::value(&mut map, &mut slots.1, "description"),
                            2 => crate::de::value(&mut map, &mut slots.2, "slug"),
                            3 => crate::de::value(&mut map, &mut slots.3, "title"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required3 = crate::de::missing(slots.3.take(), "title")?;
                    let (__field0, __field1, __field2, _) = slots;
                    ::std::result::Result::Ok(CreateProjectRequest {
                        color: crate::de::opt(__field0),
                        description: crate::de::opt(__field1),
                        slug: crate::de::opt(__field2),
                        title: __required3,
                    })
                }
            }
            deserializer.deserialize_struct("CreateProjectRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for CreateProjectRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [
                ::std::option::Option::is_none(&self.color),
                ::std::option::Option::is_none(&self.description),
                ::std::option::Option::is_none(&self.slug),
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "CreateProjectRequest",
                &skip,
            );
            state.field("color", &self.color, skip[0]);
            state.field("description", &self.description, skip[1]);
            state.field("slug", &self.slug, skip[2]);
            state.field("title", &self.title, skip[3]);
            state.end()
        }
    }
    impl CreateProjectRequest {
        #[inline]
        pub fn builder() -> builder::CreateProjectRequest {
            Default::default()
        }
    }
    ///Body of `create_proposal`.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct CreateProposalRequest {
        ///Voting closes this many hours after creation.
        pub deadline_hours: ::std::option::Option<i64>,
        pub description: ::std::option::Option<::std::string::String>,
        ///The choices; required for `single` and `ranked`, ignored for `yes_no`.
        pub options: ::std::vec::Vec<::std::string::String>,
        pub threshold_type: ::std::option::Option<
            crate::clink::generated::enums::ThresholdType,
        >,
        pub title: ::std::string::String,
        pub voting_type: ::std::option::Option<
            crate::clink::generated::enums::VotingType,
        >,
    }
    impl<'de> ::serde::Deserialize<'de> for CreateProposalRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "deadline_hours",
                "description",
                "options",
                "threshold_type",
                "title",
                "voting_type",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"deadline_hours" => 0,
                    b"description" => 1,
                    b"options" => 2,
                    b"threshold_type" => 3,
                    b"title" => 4,
                    b"voting_type" => 5,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CreateProposalRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct CreateProposalRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<CreateProposalRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                        ::std::option::Option<
                            ::std::option::Option<
                                crate::clink::generated::enums::ThresholdType,
                            >,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<
                            ::std::option::Option<
                                crate::clink::generated::enums::VotingType,
                            >,
                        >,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => {
                                crate::de::value(&mut map, &mut slots.0, "deadline_hours")
                            }
                            1 => crate::de::value(&mut map, &mut slots.1, "description"),
                            2 => crate::de::value(&mut map, &mut slots.2, "options"),
                            3 => {
                                crate::de::value(&mut map, &mut slots.3, "threshold_type")
                            }
                            4 => crate::de::value(&mut map, &mut slots.4, "title"),
                            5 => crate::de::value(&mut map, &mut slots.5, "voting_type"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required4 = crate::de::missing(slots.4.take(), "title")?;
                    let (__field0, __field1, __field2, __field3, _, __field5) = slots;
                    ::std::result::Result::Ok(CreateProposalRequest {
                        deadline_hours: crate::de::opt(__field0),
                        description: crate::de::opt(__field1),
                        options: crate::de::or_default(__field2),
                        threshold_type: crate::de::opt(__field3),
                        title: __required4,
                        voting_type: crate::de::opt(__field5),
                    })
                }
            }
            deserializer.deserialize_struct("CreateProposalRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for CreateProposalRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 6usize] = [
                ::std::option::Option::is_none(&self.deadline_hours),
                ::std::option::Option::is_none(&self.description),
                ::std::vec::Vec::is_empty(&self.options),
                ::std::option::Option::is_none(&self.threshold_type),
                false,
                ::std::option::Option::is_none(&self.voting_type),
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "CreateProposalRequest",
                &skip,
            );
            state.field("deadline_hours", &self.deadline_hours, skip[0]);
            state.field("description", &self.description, skip[1]);
            state.field("options", &self.options, skip[2]);
            state.field("threshold_type", &self.threshold_type, skip[3]);
            state.field("title", &self.title, skip[4]);
            state.field("voting_type", &self.voting_type, skip[5]);
            state.end()
        }
    }
    impl CreateProposalRequest {
        #[inline]
        pub fn builder() -> builder::CreateProposalRequest {
            Default::default()
        }
    }
    ///An empty JSON object `{}`, sent as the body of action endpoints that take no input.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct EmptyRequest {}
    impl EmptyRequest {
        #[inline]
        pub fn builder() -> builder::EmptyRequest {
            Default::default()
        }
    }
    ///Where the feedback comes from.
    #[derive(Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct FeedbackContext {
        ///The tool or operation the feedback is about.
        pub tool: ::std::option::Option<::std::string::String>,
    }
    impl<'de> ::serde::Deserialize<'de> for FeedbackContext {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["tool"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"tool" => 0,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = FeedbackContext;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct FeedbackContext")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<FeedbackContext, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                    ) = (::std::option::Option::None,);
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "tool"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let (__field0,) = slots;
                    ::std::result::Result::Ok(FeedbackContext {
                        tool: crate::de::opt(__field0),
                    })
                }
            }
            deserializer.deserialize_struct("FeedbackContext", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for FeedbackContext {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 1usize] = [::std::option::Option::is_none(&self.tool)];
            let mut state = crate::de::Fields::start(
                serializer,
                "FeedbackContext",
                &skip,
            );
            state.field("tool", &self.tool, skip[0]);
            state.end()
        }
    }
    impl FeedbackContext {
        #[inline]
        pub fn builder() -> builder::FeedbackContext {
            Default::default()
        }
    }
    ///Receipt for submitted feedback.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct FeedbackResponse {
        pub category: crate::clink::generated::enums::FeedbackCategory,
        pub feedback_id: ::std::string::String,
        pub submitted_at: crate::Timestamp,
    }
    impl<'de> ::serde::Deserialize<'de> for FeedbackResponse {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["category", "feedback_id", "submitted_at"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"category" => 0,
                    b"feedback_id" => 1,
                    b"submitted_at" => 2,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = FeedbackResponse;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct FeedbackResponse")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<FeedbackResponse, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            crate::clink::generated::enums::FeedbackCategory,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<crate::Timestamp>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "category"),
                            1 => crate::de::value(&mut map, &mut slots.1, "feedback_id"),
                            2 => crate::de::value(&mut map, &mut slots.2, "submitted_at"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "category")?;
                    let __required1 = crate::de::missing(slots.1.take(), "feedback_id")?;
                    let __required2 = crate::de::missing(
                        slots.2.take(),
                        "submitted_at",
                    )?;
                    let (_, _, _) = slots;
                    ::std::result::Result::Ok(FeedbackResponse {
                        category: __required0,
                        feedback_id: __required1,
                        submitted_at: __required2,
                    })
                }
            }
            deserializer.deserialize_struct("FeedbackResponse", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for FeedbackResponse {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 3usize] = [false, false, false];
            let mut state = crate::de::Fields::start(
                serializer,
                "FeedbackResponse",
                &skip,
            );
            state.field("category", &self.category, skip[0]);
            state.field("feedback_id", &self.feedback_id, skip[1]);
            state.field("submitted_at", &self.submitted_at, skip[2]);
            state.end()
        }
    }
    ///Response envelope of `submit_feedback`; `data` holds the `FeedbackResponse` payload.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct FeedbackResponseEnvelope {
        ///The payload; absent or null when the call failed.
        pub data: ::std::option::Option<FeedbackResponse>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl<'de> ::serde::Deserialize<'de> for FeedbackResponseEnvelope {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["data", "error", "message", "success"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"data" => 0,
                    b"error" => 1,
                    b"message" => 2,
                    b"success" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = FeedbackResponseEnvelope;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct FeedbackResponseEnvelope")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<FeedbackResponseEnvelope, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<FeedbackResponse>>,
                        ::std::option::Option<
                            ::std::option::Option<::serde_json::Value>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<bool>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "data"),
                            1 => crate::de::value(&mut map, &mut slots.1, "error"),
                            2 => crate::de::value(&mut map, &mut slots.2, "message"),
                            3 => crate::de::value(&mut map, &mut slots.3, "success"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required3 = crate::de::missing(slots.3.take(), "success")?;
                    let (__field0, __field1, __field2, _) = slots;
                    ::std::result::Result::Ok(FeedbackResponseEnvelope {
                        data: crate::de::opt(__field0),
                        error: crate::de::opt(__field1),
                        message: crate::de::opt(__field2),
                        success: __required3,
                    })
                }
            }
            deserializer
                .deserialize_struct("FeedbackResponseEnvelope", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for FeedbackResponseEnvelope {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [
                ::std::option::Option::is_none(&self.data),
                ::std::option::Option::is_none(&self.error),
                ::std::option::Option::is_none(&self.message),
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "FeedbackResponseEnvelope",
                &skip,
            );
            state.field("data", &self.data, skip[0]);
            state.field("error", &self.error, skip[1]);
            state.field("message", &self.message, skip[2]);
            state.field("success", &self.success, skip[3]);
            state.end()
        }
    }
    ///Body of `finalize_proposal`.
    #[derive(Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct FinalizeProposalRequest {
        ///Electorate size for the `quorum` threshold (default - the number of votes cast).
        pub total_eligible_voters: ::std::option::Option<i64>,
    }
    impl<'de> ::serde::Deserialize<'de> for FinalizeProposalRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["total_eligible_voters"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"total_eligible_voters" => 0,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = FinalizeProposalRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct FinalizeProposalRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<FinalizeProposalRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<i64>>,
                    ) = (::std::option::Option::None,);
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.0,
                                    "total_eligible_voters",
                                )
                            }
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let (__field0,) = slots;
                    ::std::result::Result::Ok(FinalizeProposalRequest {
                        total_eligible_voters: crate::de::opt(__field0),
                    })
                }
            }
            deserializer.deserialize_struct("FinalizeProposalRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for FinalizeProposalRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 1usize] = [
                ::std::option::Option::is_none(&self.total_eligible_voters),
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "FinalizeProposalRequest",
                &skip,
            );
            state.field("total_eligible_voters", &self.total_eligible_voters, skip[0]);
            state.end()
        }
    }
    impl FinalizeProposalRequest {
        #[inline]
        pub fn builder() -> builder::FinalizeProposalRequest {
            Default::default()
        }
    }
    ///A Clink group.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct Group {
        pub created_at: crate::Timestamp,
        pub description: ::std::string::String,
        ///The group's UUID.
        pub group_id: ::std::string::String,
        pub name: ::std::string::String,
        ///User id of the group's owner.
        pub owner_id: ::std::string::String,
        ///The caller's role in the group (e.g. `owner`, `member`).
        pub role: ::std::option::Option<::std::string::String>,
        ///URL-friendly unique name, usable instead of the UUID in the SDK.
        pub slug: ::std::string::String,
        pub updated_at: ::std::option::Option<crate::Timestamp>,
    }
    impl<'de> ::serde::Deserialize<'de> for Group {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "created_at",
                "description",
                "group_id",
                "name",
                "owner_id",
                "role",
                "slug",
                "updated_at",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"created_at" => 0,
                    b"description" => 1,
                    b"group_id" => 2,
                    b"name" => 3,
                    b"owner_id" => 4,
                    b"role" => 5,
                    b"slug" => 6,
                    b"updated_at" => 7,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Group;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct Group")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<Group, A::Error> {
                    let mut slots: (
                        ::std::option::Option<crate::Timestamp>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "created_at"),
                            1 => crate::de::value(&mut map, &mut slots.1, "description"),
                            2 => crate::de::value(&mut map, &mut slots.2, "group_id"),
                            3 => crate::de::value(&mut map, &mut slots.3, "name"),
                            4 => crate::de::value(&mut map, &mut slots.4, "owner_id"),
                            5 => crate::de::value(&mut map, &mut slots.5, "role"),
                            6 => crate::de::value(&mut map, &mut slots.6, "slug"),
                            7 => crate::de::value(&mut map, &mut slots.7, "updated_at"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "created_at")?;
                    let __required1 = crate::de::missing(slots.1.take(), "description")?;
                    let __required2 = crate::de::missing(slots.2.take(), "group_id")?;
                    let __required3 = crate::de::missing(slots.3.take(), "name")?;
                    let __required4 = crate::de::missing(slots.4.take(), "owner_id")?;
                    let __required6 = crate::de::missing(slots.6.take(), "slug")?;
                    let (_, _, _, _, _, __field5, _, __field7) = slots;
                    ::std::result::Result::Ok(Group {
                        created_at: __required0,
                        description: __required1,
                        group_id: __required2,
                        name: __required3,
                        owner_id: __required4,
                        role: crate::de::opt(__field5),
                        slug: __required6,
                        updated_at: crate::de::opt(__field7),
                    })
                }
            }
            deserializer.deserialize_struct("Group", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for Group {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 8usize] = [
                false,
                false,
                false,
                false,
                false,
                ::std::option::Option::is_none(&self.role),
                false,
                ::std::option::Option::is_none(&self.updated_at),
            ];
            let mut state = crate::de::Fields::start(serializer, "Group", &skip);
            state.field("created_at", &self.created_at, skip[0]);
            state.field("description", &self.description, skip[1]);
            state.field("group_id", &self.group_id, skip[2]);
            state.field("name", &self.name, skip[3]);
            state.field("owner_id", &self.owner_id, skip[4]);
            state.field("role", &self.role, skip[5]);
            state.field("slug", &self.slug, skip[6]);
            state.field("updated_at", &self.updated_at, skip[7]);
            state.end()
        }
    }
    ///Response envelope of `get_group`; `data` holds the `Group` payload.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct GroupEnvelope {
        ///The payload; absent or null when the call failed.
        pub data: ::std::option::Option<Group>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl<'de> ::serde::Deserialize<'de> for GroupEnvelope {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["data", "error", "message", "success"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"data" => 0,
                    b"error" => 1,
                    b"message" => 2,
                    b"success" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = GroupEnvelope;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct GroupEnvelope")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<GroupEnvelope, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<Group>>,
                        ::std::option::Option<
                            ::std::option::Option<::serde_json::Value>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<bool>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "data"),
                            1 => crate::de::value(&mut map, &mut slots.1, "error"),
                            2 => crate::de::value(&mut map, &mut slots.2, "message"),
                            3 => crate::de::value(&mut map, &mut slots.3, "success"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required3 = crate::de::missing(slots.3.take(), "success")?;
                    let (__field0, __field1, __field2, _) = slots;
                    ::std::result::Result::Ok(GroupEnvelope {
                        data: crate::de::opt(__field0),
                        error: crate::de::opt(__field1),
                        message: crate::de::opt(__field2),
                        success: __required3,
                    })
                }
            }
            deserializer.deserialize_struct("GroupEnvelope", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for GroupEnvelope {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [
                ::std::option::Option::is_none(&self.data),
                ::std::option::Option::is_none(&self.error),
                ::std::option::Option::is_none(&self.message),
                false,
            ];
            let mut state = crate::de::Fields::start(serializer, "GroupEnvelope", &skip);
            state.field("data", &self.data, skip[0]);
            state.field("error", &self.error, skip[1]);
            state.field("message", &self.message, skip[2]);
            state.field("success", &self.success, skip[3]);
            state.end()
        }
    }
    ///`data` of `list_groups`.
    #[derive(Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct GroupList {
        pub groups: ::std::vec::Vec<Group>,
    }
    impl<'de> ::serde::Deserialize<'de> for GroupList {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["groups"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"groups" => 0,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = GroupList;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct GroupList")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<GroupList, A::Error> {
                    let mut slots: (::std::option::Option<::std::vec::Vec<Group>>,) = (
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "groups"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let (__field0,) = slots;
                    ::std::result::Result::Ok(GroupList {
                        groups: crate::de::or_default(__field0),
                    })
                }
            }
            deserializer.deserialize_struct("GroupList", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for GroupList {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 1usize] = [::std::vec::Vec::is_empty(&self.groups)];
            let mut state = crate::de::Fields::start(serializer, "GroupList", &skip);
            state.field("groups", &self.groups, skip[0]);
            state.end()
        }
    }
    ///Response envelope of `list_groups`; `data` holds the `GroupList` payload.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct GroupListEnvelope {
        ///The payload; absent or null when the call failed.
        pub data: ::std::option::Option<GroupList>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl<'de> ::serde::Deserialize<'de> for GroupListEnvelope {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["data", "error", "message", "success"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"data" => 0,
                    b"error" => 1,
                    b"message" => 2,
                    b"success" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = GroupListEnvelope;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct GroupListEnvelope")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<GroupListEnvelope, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<GroupList>>,
                        ::std::option::Option<
                            ::std::option::Option<::serde_json::Value>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<bool>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "data"),
                            1 => crate::de::value(&mut map, &mut slots.1, "error"),
                            2 => crate::de::value(&mut map, &mut slots.2, "message"),
                            3 => crate::de::value(&mut map, &mut slots.3, "success"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required3 = crate::de::missing(slots.3.take(), "success")?;
                    let (__field0, __field1, __field2, _) = slots;
                    ::std::result::Result::Ok(GroupListEnvelope {
                        data: crate::de::opt(__field0),
                        error: crate::de::opt(__field1),
                        message: crate::de::opt(__field2),
                        success: __required3,
                    })
                }
            }
            deserializer.deserialize_struct("GroupListEnvelope", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for GroupListEnvelope {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [
                ::std::option::Option::is_none(&self.data),
                ::std::option::Option::is_none(&self.error),
                ::std::option::Option::is_none(&self.message),
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "GroupListEnvelope",
                &skip,
            );
            state.field("data", &self.data, skip[0]);
            state.field("error", &self.error, skip[1]);
            state.field("message", &self.message, skip[2]);
            state.field("success", &self.success, skip[3]);
            state.end()
        }
    }
    /**The answer of `complete_checkpoint` / `cast_vote` when a human must approve the action
first (the server's `HILRequiredResponse`). The action is not performed yet; a
verification email was sent to `sent_to` (or an earlier verification is still pending).
Recognised by `verification_required == true`.
*/
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct HilRequired {
        pub expires_at: ::std::option::Option<crate::Timestamp>,
        pub expires_in_seconds: ::std::option::Option<i64>,
        ///Human-readable explanation from the server.
        pub message: ::std::string::String,
        ///True when an earlier verification expired unused and a new one was sent.
        pub previous_verification_expired: ::std::option::Option<bool>,
        ///Addresses the verification email was sent to.
        pub sent_to: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        pub verification_id: ::std::string::String,
        ///Always `true` in this answer; distinguishes it from a Milestone / Proposal.
        pub verification_required: bool,
        ///`new` when a verification was just started, `pending` when one already was.
        pub verification_status: ::std::option::Option<
            crate::clink::generated::enums::HilVerificationStatus,
        >,
    }
    impl<'de> ::serde::Deserialize<'de> for HilRequired {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "expires_at",
                "expires_in_seconds",
                "message",
                "previous_verification_expired",
                "sent_to",
                "verification_id",
                "verification_required",
                "verification_status",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"expires_at" => 0,
                    b"expires_in_seconds" => 1,
                    b"message" => 2,
                    b"previous_verification_expired" => 3,
                    b"sent_to" => 4,
                    b"verification_id" => 5,
                    b"verification_required" => 6,
                    b"verification_status" => 7,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = HilRequired;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct HilRequired")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<HilRequired, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::option::Option<bool>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<bool>,
                        ::std::option::Option<
                            ::std::option::Option<
                                crate::clink::generated::enums::HilVerificationStatus,
                            >,
                        >,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "expires_at"),
                            1 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.1,
                                    "expires_in_seconds",
                                )
                            }
                            2 => crate::de::value(&mut map, &mut slots.2, "message"),
                            3 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.3,
                                    "previous_verification_expired",
                                )
                            }
                            4 => crate::de::value(&mut map, &mut slots.4, "sent_to"),
                            5 => {
                                crate::de::value(&mut map, &mut slots.5, "verification_id")
                            }
                            6 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.6,
                                    "verification_required",
                                )
                            }
                            7 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.7,
                                    "verification_status",
                                )
                            }
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required2 = crate::de::missing(slots.2.take(), "message")?;
                    let __required5 = crate::de::missing(
                        slots.5.take(),
                        "verification_id",
                    )?;
                    let __required6 = crate::de::missing(
                        slots.6.take(),
                        "verification_required",
                    )?;
                    let (__field0, __field1, _, __field3, __field4, _, _, __field7) = slots;
                    ::std::result::Result::Ok(HilRequired {
                        expires_at: crate::de::opt(__field0),
                        expires_in_seconds: crate::de::opt(__field1),
                        message: __required2,
                        previous_verification_expired: crate::de::opt(__field3),
                        sent_to: crate::de::opt(__field4),
                        verification_id: __required5,
                        verification_required: __required6,
                        verification_status: crate::de::opt(__field7),
                    })
                }
            }
            deserializer.deserialize_struct("HilRequired", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for HilRequired {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 8usize] = [
                ::std::option::Option::is_none(&self.expires_at),
                ::std::option::Option::is_none(&self.expires_in_seconds),
                false,
                ::std::option::Option::is_none(&self.previous_verification_expired),
                ::std::option::Option::is_none(&self.sent_to),
                false,
                false,
                ::std::option::Option::is_none(&self.verification_status),
            ];
            let mut state = crate::de::Fields::start(serializer, "HilRequired", &skip);
            state.field("expires_at", &self.expires_at, skip[0]);
            state.field("expires_in_seconds", &self.expires_in_seconds, skip[1]);
            state.field("message", &self.message, skip[2]);
            state
                .field(
                    "previous_verification_expired",
                    &self.previous_verification_expired,
                    skip[3],
                );
            state.field("sent_to", &self.sent_to, skip[4]);
            state.field("verification_id", &self.verification_id, skip[5]);
            state.field("verification_required", &self.verification_required, skip[6]);
            state.field("verification_status", &self.verification_status, skip[7]);
            state.end()
        }
    }
    ///`data` of `check_inbox`.
    #[derive(Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct Inbox {
        ///How many of them were claimed by this call (with `claim=true`).
        pub claimed_count: ::std::option::Option<i64>,
        pub clinks: ::std::vec::Vec<Clink>,
        ///Number of clinks returned.
        pub count: i64,
    }
    impl<'de> ::serde::Deserialize<'de> for Inbox {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["claimed_count", "clinks", "count"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"claimed_count" => 0,
                    b"clinks" => 1,
                    b"count" => 2,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Inbox;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct Inbox")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<Inbox, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<::std::vec::Vec<Clink>>,
                        ::std::option::Option<i64>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => {
                                crate::de::value(&mut map, &mut slots.0, "claimed_count")
                            }
                            1 => crate::de::value(&mut map, &mut slots.1, "clinks"),
                            2 => crate::de::value(&mut map, &mut slots.2, "count"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let (__field0, __field1, __field2) = slots;
                    ::std::result::Result::Ok(Inbox {
                        claimed_count: crate::de::opt(__field0),
                        clinks: crate::de::or_default(__field1),
                        count: crate::de::or_default(__field2),
                    })
                }
            }
            deserializer.deserialize_struct("Inbox", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for Inbox {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 3usize] = [
                ::std::option::Option::is_none(&self.claimed_count),
                ::std::vec::Vec::is_empty(&self.clinks),
                false,
            ];
            let mut state = crate::de::Fields::start(serializer, "Inbox", &skip);
            state.field("claimed_count", &self.claimed_count, skip[0]);
            state.field("clinks", &self.clinks, skip[1]);
            state.field("count", &self.count, skip[2]);
            state.end()
        }
    }
    ///Response envelope of `check_inbox`; `data` holds the `Inbox` payload.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct InboxEnvelope {
        ///The payload; absent or null when the call failed.
        pub data: ::std::option::Option<Inbox>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl<'de> ::serde::Deserialize<'de> for InboxEnvelope {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["data", "error", "message", "success"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"data" => 0,
                    b"error" => 1,
                    b"message" => 2,
                    b"success" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = InboxEnvelope;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct InboxEnvelope")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<InboxEnvelope, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<Inbox>>,
                        ::std::option::Option<
                            ::std::option::Option<::serde_json::Value>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<bool>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "data"),
                            1 => crate::de::value(&mut map, &mut slots.1, "error"),
                            2 => crate::de::value(&mut map, &mut slots.2, "message"),
                            3 => crate::de::value(&mut map, &mut slots.3, "success"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required3 = crate::de::missing(slots.3.take(), "success")?;
                    let (__field0, __field1, __field2, _) = slots;
                    ::std::result::Result::Ok(InboxEnvelope {
                        data: crate::de::opt(__field0),
                        error: crate::de::opt(__field1),
                        message: crate::de::opt(__field2),
                        success: __required3,
                    })
                }
            }
            deserializer.deserialize_struct("InboxEnvelope", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for InboxEnvelope {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [
                ::std::option::Option::is_none(&self.data),
                ::std::option::Option::is_none(&self.error),
                ::std::option::Option::is_none(&self.message),
                false,
            ];
            let mut state = crate::de::Fields::start(serializer, "InboxEnvelope", &skip);
            state.field("data", &self.data, skip[0]);
            state.field("error", &self.error, skip[1]);
            state.field("message", &self.message, skip[2]);
            state.field("success", &self.success, skip[3]);
            state.end()
        }
    }
    ///Body of `mark_read`.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct MarkReadRequest {
        ///The groups whose clinks become read, each a UUID or a slug (the SDK resolves slugs first).
        pub group_ids: ::std::vec::Vec<::std::string::String>,
    }
    impl<'de> ::serde::Deserialize<'de> for MarkReadRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["group_ids"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"group_ids" => 0,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = MarkReadRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct MarkReadRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<MarkReadRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                    ) = (::std::option::Option::None,);
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "group_ids"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "group_ids")?;
                    let (_,) = slots;
                    ::std::result::Result::Ok(MarkReadRequest {
                        group_ids: __required0,
                    })
                }
            }
            deserializer.deserialize_struct("MarkReadRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for MarkReadRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 1usize] = [false];
            let mut state = crate::de::Fields::start(
                serializer,
                "MarkReadRequest",
                &skip,
            );
            state.field("group_ids", &self.group_ids, skip[0]);
            state.end()
        }
    }
    impl MarkReadRequest {
        #[inline]
        pub fn builder() -> builder::MarkReadRequest {
            Default::default()
        }
    }
    ///`data` of `mark_read`; its fields are not documented.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct MarkReadResult(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for MarkReadResult {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        #[inline]
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<MarkReadResult>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        #[inline]
        fn from(value: MarkReadResult) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for MarkReadResult {
        #[inline]
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///Response envelope of `mark_read`; `data` holds the `MarkReadResult` payload.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct MarkReadResultEnvelope {
        ///The payload; absent or null when the call failed.
        pub data: ::std::option::Option<MarkReadResult>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl<'de> ::serde::Deserialize<'de> for MarkReadResultEnvelope {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["data", "error", "message", "success"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"data" => 0,
                    b"error" => 1,
                    b"message" => 2,
                    b"success" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = MarkReadResultEnvelope;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct MarkReadResultEnvelope")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<MarkReadResultEnvelope, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<MarkReadResult>>,
                        ::std::option::Option<
                            ::std::option::Option<::serde_json::Value>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<bool>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "data"),
                            1 => crate::de::value(&mut map, &mut slots.1, "error"),
                            2 => crate::de::value(&mut map, &mut slots.2, "message"),
                            3 => crate::de::value(&mut map, &mut slots.3, "success"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required3 = crate::de::missing(slots.3.take(), "success")?;
                    let (__field0, __field1, __field2, _) = slots;
                    ::std::result::Result::Ok(MarkReadResultEnvelope {
                        data: crate::de::opt(__field0),
                        error: crate::de::opt(__field1),
                        message: crate::de::opt(__field2),
                        success: __required3,
                    })
                }
            }
            deserializer.deserialize_struct("MarkReadResultEnvelope", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for MarkReadResultEnvelope {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [
                ::std::option::Option::is_none(&self.data),
                ::std::option::Option::is_none(&self.error),
                ::std::option::Option::is_none(&self.message),
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "MarkReadResultEnvelope",
                &skip,
            );
            state.field("data", &self.data, skip[0]);
            state.field("error", &self.error, skip[1]);
            state.field("message", &self.message, skip[2]);
            state.field("success", &self.success, skip[3]);
            state.end()
        }
    }
    ///A member of a group (a user or an agent profile).
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct Member {
        pub email: ::std::option::Option<::std::string::String>,
        pub joined_at: crate::Timestamp,
        ///Kind of member (e.g. `user`, `agent`).
        pub member_type: ::std::option::Option<::std::string::String>,
        pub name: ::std::string::String,
        ///The member's role in the group (e.g. `owner`, `member`).
        pub role: ::std::string::String,
        ///The member's user (or agent profile) id.
        pub user_id: ::std::string::String,
    }
    impl<'de> ::serde::Deserialize<'de> for Member {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "email",
                "joined_at",
                "member_type",
                "name",
                "role",
                "user_id",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"email" => 0,
                    b"joined_at" => 1,
                    b"member_type" => 2,
                    b"name" => 3,
                    b"role" => 4,
                    b"user_id" => 5,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Member;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct Member")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<Member, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<crate::Timestamp>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::string::String>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "email"),
                            1 => crate::de::value(&mut map, &mut slots.1, "joined_at"),
                            2 => crate::de::value(&mut map, &mut slots.2, "member_type"),
                            3 => crate::de::value(&mut map, &mut slots.3, "name"),
                            4 => crate::de::value(&mut map, &mut slots.4, "role"),
                            5 => crate::de::value(&mut map, &mut slots.5, "user_id"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required1 = crate::de::missing(slots.1.take(), "joined_at")?;
                    let __required3 = crate::de::missing(slots.3.take(), "name")?;
                    let __required4 = crate::de::missing(slots.4.take(), "role")?;
                    let __required5 = crate::de::missing(slots.5.take(), "user_id")?;
                    let (__field0, _, __field2, _, _, _) = slots;
                    ::std::result::Result::Ok(Member {
                        email: crate::de::opt(__field0),
                        joined_at: __required1,
                        member_type: crate::de::opt(__field2),
                        name: __required3,
                        role: __required4,
                        user_id: __required5,
                    })
                }
            }
            deserializer.deserialize_struct("Member", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for Member {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 6usize] = [
                ::std::option::Option::is_none(&self.email),
                false,
                ::std::option::Option::is_none(&self.member_type),
                false,
                false,
                false,
            ];
            let mut state = crate::de::Fields::start(serializer, "Member", &skip);
            state.field("email", &self.email, skip[0]);
            state.field("joined_at", &self.joined_at, skip[1]);
            state.field("member_type", &self.member_type, skip[2]);
            state.field("name", &self.name, skip[3]);
            state.field("role", &self.role, skip[4]);
            state.field("user_id", &self.user_id, skip[5]);
            state.end()
        }
    }
    ///`data` of `list_members`.
    #[derive(Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct MemberList {
        pub members: ::std::vec::Vec<Member>,
    }
    impl<'de> ::serde::Deserialize<'de> for MemberList {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["members"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"members" => 0,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = MemberList;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct MemberList")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<MemberList, A::Error> {
                    let mut slots: (::std::option::Option<::std::vec::Vec<Member>>,) = (
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "members"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let (__field0,) = slots;
                    ::std::result::Result::Ok(MemberList {
                        members: crate::de::or_default(__field0),
                    })
                }
            }
            deserializer.deserialize_struct("MemberList", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for MemberList {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 1usize] = [::std::vec::Vec::is_empty(&self.members)];
            let mut state = crate::de::Fields::start(serializer, "MemberList", &skip);
            state.field("members", &self.members, skip[0]);
            state.end()
        }
    }
    ///Response envelope of `list_members`; `data` holds the `MemberList` payload.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct MemberListEnvelope {
        ///The payload; absent or null when the call failed.
        pub data: ::std::option::Option<MemberList>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl<'de> ::serde::Deserialize<'de> for MemberListEnvelope {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["data", "error", "message", "success"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"data" => 0,
                    b"error" => 1,
                    b"message" => 2,
                    b"success" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = MemberListEnvelope;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct MemberListEnvelope")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<MemberListEnvelope, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<MemberList>>,
                        ::std::option::Option<
                            ::std::option::Option<::serde_json::Value>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<bool>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "data"),
                            1 => crate::de::value(&mut map, &mut slots.1, "error"),
                            2 => crate::de::value(&mut map, &mut slots.2, "message"),
                            3 => crate::de::value(&mut map, &mut slots.3, "success"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required3 = crate::de::missing(slots.3.take(), "success")?;
                    let (__field0, __field1, __field2, _) = slots;
                    ::std::result::Result::Ok(MemberListEnvelope {
                        data: crate::de::opt(__field0),
                        error: crate::de::opt(__field1),
                        message: crate::de::opt(__field2),
                        success: __required3,
                    })
                }
            }
            deserializer.deserialize_struct("MemberListEnvelope", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for MemberListEnvelope {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [
                ::std::option::Option::is_none(&self.data),
                ::std::option::Option::is_none(&self.error),
                ::std::option::Option::is_none(&self.message),
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "MemberListEnvelope",
                &skip,
            );
            state.field("data", &self.data, skip[0]);
            state.field("error", &self.error, skip[1]);
            state.field("message", &self.message, skip[2]);
            state.field("success", &self.success, skip[3]);
            state.end()
        }
    }
    ///A milestone - a goal made of ordered checkpoints - with its progress.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct Milestone {
        ///The checkpoints in order (may be absent in list answers).
        pub checkpoints: ::std::option::Option<::std::vec::Vec<Checkpoint>>,
        pub closed_at: ::std::option::Option<crate::Timestamp>,
        pub completed_checkpoints: i64,
        pub created_at: crate::Timestamp,
        pub created_by: ::std::string::String,
        pub description: ::std::string::String,
        pub group_id: ::std::string::String,
        pub milestone_id: ::std::string::String,
        ///Human-readable progress as the server formats it (e.g. `"2/5"`).
        pub progress: ::std::string::String,
        ///The project the milestone belongs to.
        pub project_id: ::std::option::Option<::std::string::String>,
        pub status: crate::clink::generated::enums::MilestoneStatus,
        pub title: ::std::string::String,
        pub total_checkpoints: i64,
        pub updated_at: ::std::option::Option<crate::Timestamp>,
    }
    impl<'de> ::serde::Deserialize<'de> for Milestone {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "checkpoints",
                "closed_at",
                "completed_checkpoints",
                "created_at",
                "created_by",
                "description",
                "group_id",
                "milestone_id",
                "progress",
                "project_id",
                "status",
                "title",
                "total_checkpoints",
                "updated_at",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"checkpoints" => 0,
                    b"closed_at" => 1,
                    b"completed_checkpoints" => 2,
                    b"created_at" => 3,
                    b"created_by" => 4,
                    b"description" => 5,
                    b"group_id" => 6,
                    b"milestone_id" => 7,
                    b"progress" => 8,
                    b"project_id" => 9,
                    b"status" => 10,
                    b"title" => 11,
                    b"total_checkpoints" => 12,
                    b"updated_at" => 13,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Milestone;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct Milestone")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<Milestone, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<::std::vec::Vec<Checkpoint>>,
                        >,
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
                        ::std::option::Option<i64>,
                        ::std::option::Option<crate::Timestamp>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            crate::clink::generated::enums::MilestoneStatus,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<i64>,
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "checkpoints"),
                            1 => crate::de::value(&mut map, &mut slots.1, "closed_at"),
                            2 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.2,
                                    "completed_checkpoints",
                                )
                            }
                            3 => crate::de::value(&mut map, &mut slots.3, "created_at"),
                            4 => crate::de::value(&mut map, &mut slots.4, "created_by"),
                            5 => crate::de::value(&mut map, &mut slots.5, "description"),
                            6 => crate::de::value(&mut map, &mut slots.6, "group_id"),
                            7 => crate::de::value(&mut map, &mut slots.7, "milestone_id"),
                            8 => crate::de::value(&mut map, &mut slots.8, "progress"),
                            9 => crate::de::value(&mut map, &mut slots.9, "project_id"),
                            10 => crate::de::value(&mut map, &mut slots.10, "status"),
                            11 => crate::de::value(&mut map, &mut slots.11, "title"),
                            12 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.12,
                                    "total_checkpoints",
                                )
                            }
                            13 => crate::de::value(&mut map, &mut slots.13, "updated_at"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required2 = crate::de::missing(
                        slots.2.take(),
                        "completed_checkpoints",
                    )?;
                    let __required3 = crate::de::missing(slots.3.take(), "created_at")?;
                    let __required4 = crate::de::missing(slots.4.take(), "created_by")?;
                    let __required5 = crate::de::missing(slots.5.take(), "description")?;
                    let __required6 = crate::de::missing(slots.6.take(), "group_id")?;
                    let __required7 = crate::de::missing(
                        slots.7.take(),
                        "milestone_id",
                    )?;
                    let __required8 = crate::de::missing(slots.8.take(), "progress")?;
                    let __required10 = crate::de::missing(slots.10.take(), "status")?;
                    let __required11 = crate::de::missing(slots.11.take(), "title")?;
                    let __required12 = crate::de::missing(
                        slots.12.take(),
                        "total_checkpoints",
                    )?;
                    let (
                        __field0,
                        __field1,
                        _,
                        _,
                        _,
                        _,
                        _,
                        _,
                        _,
                        __field9,
                        _,
                        _,
                        _,
                        __field13,
                    ) = slots;
                    ::std::result::Result::Ok(Milestone {
                        checkpoints: crate::de::opt(__field0),
                        closed_at: crate::de::opt(__field1),
                        completed_checkpoints: __required2,
                        created_at: __required3,
                        created_by: __required4,
                        description: __required5,
                        group_id: __required6,
                        milestone_id: __required7,
                        progress: __required8,
                        project_id: crate::de::opt(__field9),
                        status: __required10,
                        title: __required11,
                        total_checkpoints: __required12,
                        updated_at: crate::de::opt(__field13),
                    })
                }
            }
            deserializer.deserialize_struct("Milestone", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for Milestone {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 14usize] = [
                ::std::option::Option::is_none(&self.checkpoints),
                ::std::option::Option::is_none(&self.closed_at),
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                ::std::option::Option::is_none(&self.project_id),
                false,
                false,
                false,
                ::std::option::Option::is_none(&self.updated_at),
            ];
            let mut state = crate::de::Fields::start(serializer, "Milestone", &skip);
            state.field("checkpoints", &self.checkpoints, skip[0]);
            state.field("closed_at", &self.closed_at, skip[1]);
            state.field("completed_checkpoints", &self.completed_checkpoints, skip[2]);
            state.field("created_at", &self.created_at, skip[3]);
            state.field("created_by", &self.created_by, skip[4]);
            state.field("description", &self.description, skip[5]);
            state.field("group_id", &self.group_id, skip[6]);
            state.field("milestone_id", &self.milestone_id, skip[7]);
            state.field("progress", &self.progress, skip[8]);
            state.field("project_id", &self.project_id, skip[9]);
            state.field("status", &self.status, skip[10]);
            state.field("title", &self.title, skip[11]);
            state.field("total_checkpoints", &self.total_checkpoints, skip[12]);
            state.field("updated_at", &self.updated_at, skip[13]);
            state.end()
        }
    }
    ///Response envelope of the milestone and checkpoint operations; `data` holds the `Milestone` payload.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct MilestoneEnvelope {
        ///The payload; absent or null when the call failed.
        pub data: ::std::option::Option<Milestone>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl<'de> ::serde::Deserialize<'de> for MilestoneEnvelope {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["data", "error", "message", "success"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"data" => 0,
                    b"error" => 1,
                    b"message" => 2,
                    b"success" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = MilestoneEnvelope;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct MilestoneEnvelope")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<MilestoneEnvelope, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<Milestone>>,
                        ::std::option::Option<
                            ::std::option::Option<::serde_json::Value>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<bool>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "data"),
                            1 => crate::de::value(&mut map, &mut slots.1, "error"),
                            2 => crate::de::value(&mut map, &mut slots.2, "message"),
                            3 => crate::de::value(&mut map, &mut slots.3, "success"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required3 = crate::de::missing(slots.3.take(), "success")?;
                    let (__field0, __field1, __field2, _) = slots;
                    ::std::result::Result::Ok(MilestoneEnvelope {
                        data: crate::de::opt(__field0),
                        error: crate::de::opt(__field1),
                        message: crate::de::opt(__field2),
                        success: __required3,
                    })
                }
            }
            deserializer.deserialize_struct("MilestoneEnvelope", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for MilestoneEnvelope {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [
                ::std::option::Option::is_none(&self.data),
                ::std::option::Option::is_none(&self.error),
                ::std::option::Option::is_none(&self.message),
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "MilestoneEnvelope",
                &skip,
            );
            state.field("data", &self.data, skip[0]);
            state.field("error", &self.error, skip[1]);
            state.field("message", &self.message, skip[2]);
            state.field("success", &self.success, skip[3]);
            state.end()
        }
    }
    ///`data` of `list_milestones` and `list_project_milestones`.
    #[derive(Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct MilestoneList {
        pub milestones: ::std::vec::Vec<Milestone>,
    }
    impl<'de> ::serde::Deserialize<'de> for MilestoneList {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["milestones"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"milestones" => 0,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = MilestoneList;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct MilestoneList")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<MilestoneList, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::vec::Vec<Milestone>>,
                    ) = (::std::option::Option::None,);
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "milestones"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let (__field0,) = slots;
                    ::std::result::Result::Ok(MilestoneList {
                        milestones: crate::de::or_default(__field0),
                    })
                }
            }
            deserializer.deserialize_struct("MilestoneList", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for MilestoneList {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 1usize] = [::std::vec::Vec::is_empty(&self.milestones)];
            let mut state = crate::de::Fields::start(serializer, "MilestoneList", &skip);
            state.field("milestones", &self.milestones, skip[0]);
            state.end()
        }
    }
    ///Response envelope of list_milestones and list_project_milestones; `data` holds the `MilestoneList` payload.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct MilestoneListEnvelope {
        ///The payload; absent or null when the call failed.
        pub data: ::std::option::Option<MilestoneList>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl<'de> ::serde::Deserialize<'de> for MilestoneListEnvelope {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["data", "error", "message", "success"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"data" => 0,
                    b"error" => 1,
                    b"message" => 2,
                    b"success" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = MilestoneListEnvelope;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct MilestoneListEnvelope")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<MilestoneListEnvelope, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<MilestoneList>>,
                        ::std::option::Option<
                            ::std::option::Option<::serde_json::Value>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<bool>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "data"),
                            1 => crate::de::value(&mut map, &mut slots.1, "error"),
                            2 => crate::de::value(&mut map, &mut slots.2, "message"),
                            3 => crate::de::value(&mut map, &mut slots.3, "success"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required3 = crate::de::missing(slots.3.take(), "success")?;
                    let (__field0, __field1, __field2, _) = slots;
                    ::std::result::Result::Ok(MilestoneListEnvelope {
                        data: crate::de::opt(__field0),
                        error: crate::de::opt(__field1),
                        message: crate::de::opt(__field2),
                        success: __required3,
                    })
                }
            }
            deserializer.deserialize_struct("MilestoneListEnvelope", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for MilestoneListEnvelope {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [
                ::std::option::Option::is_none(&self.data),
                ::std::option::Option::is_none(&self.error),
                ::std::option::Option::is_none(&self.message),
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "MilestoneListEnvelope",
                &skip,
            );
            state.field("data", &self.data, skip[0]);
            state.field("error", &self.error, skip[1]);
            state.field("message", &self.message, skip[2]);
            state.field("success", &self.success, skip[3]);
            state.end()
        }
    }
    /**Envelope of `complete_checkpoint`. `data` is free-form JSON because it is either a `Milestone`
or an `HilRequired`: decode it into `HilRequired` when `data.verification_required`
is `true`, otherwise into `Milestone`.
*/
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct MilestoneOrHilRequiredEnvelope {
        ///A `Milestone`, or an `HilRequired` when `verification_required` is `true`. Absent on failure.
        pub data: ::std::option::Option<::serde_json::Value>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl<'de> ::serde::Deserialize<'de> for MilestoneOrHilRequiredEnvelope {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["data", "error", "message", "success"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"data" => 0,
                    b"error" => 1,
                    b"message" => 2,
                    b"success" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = MilestoneOrHilRequiredEnvelope;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct MilestoneOrHilRequiredEnvelope")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<MilestoneOrHilRequiredEnvelope, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<::serde_json::Value>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::serde_json::Value>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<bool>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "data"),
                            1 => crate::de::value(&mut map, &mut slots.1, "error"),
                            2 => crate::de::value(&mut map, &mut slots.2, "message"),
                            3 => crate::de::value(&mut map, &mut slots.3, "success"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required3 = crate::de::missing(slots.3.take(), "success")?;
                    let (__field0, __field1, __field2, _) = slots;
                    ::std::result::Result::Ok(MilestoneOrHilRequiredEnvelope {
                        data: crate::de::opt(__field0),
                        error: crate::de::opt(__field1),
                        message: crate::de::opt(__field2),
                        success: __required3,
                    })
                }
            }
            deserializer
                .deserialize_struct("MilestoneOrHilRequiredEnvelope", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for MilestoneOrHilRequiredEnvelope {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [
                ::std::option::Option::is_none(&self.data),
                ::std::option::Option::is_none(&self.error),
                ::std::option::Option::is_none(&self.message),
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "MilestoneOrHilRequiredEnvelope",
                &skip,
            );
            state.field("data", &self.data, skip[0]);
            state.field("error", &self.error, skip[1]);
            state.field("message", &self.message, skip[2]);
            state.field("success", &self.success, skip[3]);
            state.end()
        }
    }
    ///A human-in-the-loop verification awaiting approval.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct PendingVerification {
        pub checkpoint_order: ::std::option::Option<i64>,
        pub checkpoint_title: ::std::option::Option<::std::string::String>,
        pub expires_at: crate::Timestamp,
        pub group_id: ::std::string::String,
        pub group_name: ::std::option::Option<::std::string::String>,
        ///For a `checkpoint` target, its milestone.
        pub milestone_id: ::std::option::Option<::std::string::String>,
        pub milestone_title: ::std::option::Option<::std::string::String>,
        ///For a `vote` target, its proposal.
        pub proposal_id: ::std::option::Option<::std::string::String>,
        pub proposal_options: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        pub proposal_title: ::std::option::Option<::std::string::String>,
        pub requested_at: crate::Timestamp,
        pub requested_by: ::std::string::String,
        pub requester_name: ::std::option::Option<::std::string::String>,
        pub status: crate::clink::generated::enums::VerificationStatus,
        pub target_type: crate::clink::generated::enums::VerificationTargetType,
        pub verification_id: ::std::string::String,
        pub voting_type: ::std::option::Option<
            crate::clink::generated::enums::VotingType,
        >,
    }
    impl<'de> ::serde::Deserialize<'de> for PendingVerification {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "checkpoint_order",
                "checkpoint_title",
                "expires_at",
                "group_id",
                "group_name",
                "milestone_id",
                "milestone_title",
                "proposal_id",
                "proposal_options",
                "proposal_title",
                "requested_at",
                "requested_by",
                "requester_name",
                "status",
                "target_type",
                "verification_id",
                "voting_type",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"checkpoint_order" => 0,
                    b"checkpoint_title" => 1,
                    b"expires_at" => 2,
                    b"group_id" => 3,
                    b"group_name" => 4,
                    b"milestone_id" => 5,
                    b"milestone_title" => 6,
                    b"proposal_id" => 7,
                    b"proposal_options" => 8,
                    b"proposal_title" => 9,
                    b"requested_at" => 10,
                    b"requested_by" => 11,
                    b"requester_name" => 12,
                    b"status" => 13,
                    b"target_type" => 14,
                    b"verification_id" => 15,
                    b"voting_type" => 16,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = PendingVerification;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct PendingVerification")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<PendingVerification, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<crate::Timestamp>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<crate::Timestamp>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            crate::clink::generated::enums::VerificationStatus,
                        >,
                        ::std::option::Option<
                            crate::clink::generated::enums::VerificationTargetType,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<
                            ::std::option::Option<
                                crate::clink::generated::enums::VotingType,
                            >,
                        >,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => {
                                crate::de::value(&mut map, &mut slots.0, "checkpoint_order")
                            }
                            1 => {
                                crate::de::value(&mut map, &mut slots.1, "checkpoint_title")
                            }
                            2 => crate::de::value(&mut map, &mut slots.2, "expires_at"),
                            3 => crate::de::value(&mut map, &mut slots.3, "group_id"),
                            4 => crate::de::value(&mut map, &mut slots.4, "group_name"),
                            5 => crate::de::value(&mut map, &mut slots.5, "milestone_id"),
                            6 => {
                                crate::de::value(&mut map, &mut slots.6, "milestone_title")
                            }
                            7 => crate::de::value(&mut map, &mut slots.7, "proposal_id"),
                            8 => {
                                crate::de::value(&mut map, &mut slots.8, "proposal_options")
                            }
                            9 => {
                                crate::de::value(&mut map, &mut slots.9, "proposal_title")
                            }
                            10 => {
                                crate::de::value(&mut map, &mut slots.10, "requested_at")
                            }
                            11 => {
                                crate::de::value(&mut map, &mut slots.11, "requested_by")
                            }
                            12 => {
                                crate::de::value(&mut map, &mut slots.12, "requester_name")
                            }
                            13 => crate::de::value(&mut map, &mut slots.13, "status"),
                            14 => {
                                crate::de::value(&mut map, &mut slots.14, "target_type")
                            }
                            15 => {
                                crate::de::value(&mut map, &mut slots.15, "verification_id")
                            }
                            16 => {
                                crate::de::value(&mut map, &mut slots.16, "voting_type")
                            }
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required2 = crate::de::missing(slots.2.take(), "expires_at")?;
                    let __required3 = crate::de::missing(slots.3.take(), "group_id")?;
                    let __required10 = crate::de::missing(
                        slots.10.take(),
                        "requested_at",
                    )?;
                    let __required11 = crate::de::missing(
                        slots.11.take(),
                        "requested_by",
                    )?;
                    let __required13 = crate::de::missing(slots.13.take(), "status")?;
                    let __required14 = crate::de::missing(
                        slots.14.take(),
                        "target_type",
                    )?;
                    let __required15 = crate::de::missing(
                        slots.15.take(),
                        "verification_id",
                    )?;
                    let (
                        __field0,
                        __field1,
                        _,
                        _,
                        __field4,
                        __field5,
                        __field6,
                        __field7,
                        __field8,
                        __field9,
                        _,
                        _,
                        __field12,
                        _,
                        _,
                        _,
                        __field16,
                    ) = slots;
                    ::std::result::Result::Ok(PendingVerification {
                        checkpoint_order: crate::de::opt(__field0),
                        checkpoint_title: crate::de::opt(__field1),
                        expires_at: __required2,
                        group_id: __required3,
                        group_name: crate::de::opt(__field4),
                        milestone_id: crate::de::opt(__field5),
                        milestone_title: crate::de::opt(__field6),
                        proposal_id: crate::de::opt(__field7),
                        proposal_options: crate::de::opt(__field8),
                        proposal_title: crate::de::opt(__field9),
                        requested_at: __required10,
                        requested_by: __required11,
                        requester_name: crate::de::opt(__field12),
                        status: __required13,
                        target_type: __required14,
                        verification_id: __required15,
                        voting_type: crate::de::opt(__field16),
                    })
                }
            }
            deserializer.deserialize_struct("PendingVerification", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for PendingVerification {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 17usize] = [
                ::std::option::Option::is_none(&self.checkpoint_order),
                ::std::option::Option::is_none(&self.checkpoint_title),
                false,
                false,
                ::std::option::Option::is_none(&self.group_name),
                ::std::option::Option::is_none(&self.milestone_id),
                ::std::option::Option::is_none(&self.milestone_title),
                ::std::option::Option::is_none(&self.proposal_id),
                ::std::option::Option::is_none(&self.proposal_options),
                ::std::option::Option::is_none(&self.proposal_title),
                false,
                false,
                ::std::option::Option::is_none(&self.requester_name),
                false,
                false,
                false,
                ::std::option::Option::is_none(&self.voting_type),
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "PendingVerification",
                &skip,
            );
            state.field("checkpoint_order", &self.checkpoint_order, skip[0]);
            state.field("checkpoint_title", &self.checkpoint_title, skip[1]);
            state.field("expires_at", &self.expires_at, skip[2]);
            state.field("group_id", &self.group_id, skip[3]);
            state.field("group_name", &self.group_name, skip[4]);
            state.field("milestone_id", &self.milestone_id, skip[5]);
            state.field("milestone_title", &self.milestone_title, skip[6]);
            state.field("proposal_id", &self.proposal_id, skip[7]);
            state.field("proposal_options", &self.proposal_options, skip[8]);
            state.field("proposal_title", &self.proposal_title, skip[9]);
            state.field("requested_at", &self.requested_at, skip[10]);
            state.field("requested_by", &self.requested_by, skip[11]);
            state.field("requester_name", &self.requester_name, skip[12]);
            state.field("status", &self.status, skip[13]);
            state.field("target_type", &self.target_type, skip[14]);
            state.field("verification_id", &self.verification_id, skip[15]);
            state.field("voting_type", &self.voting_type, skip[16]);
            state.end()
        }
    }
    ///`data` of `list_pending_verifications`.
    #[derive(Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct PendingVerificationList {
        pub verifications: ::std::vec::Vec<PendingVerification>,
    }
    impl<'de> ::serde::Deserialize<'de> for PendingVerificationList {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["verifications"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"verifications" => 0,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = PendingVerificationList;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct PendingVerificationList")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<PendingVerificationList, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::vec::Vec<PendingVerification>>,
                    ) = (::std::option::Option::None,);
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => {
                                crate::de::value(&mut map, &mut slots.0, "verifications")
                            }
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let (__field0,) = slots;
                    ::std::result::Result::Ok(PendingVerificationList {
                        verifications: crate::de::or_default(__field0),
                    })
                }
            }
            deserializer.deserialize_struct("PendingVerificationList", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for PendingVerificationList {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 1usize] = [::std::vec::Vec::is_empty(&self.verifications)];
            let mut state = crate::de::Fields::start(
                serializer,
                "PendingVerificationList",
                &skip,
            );
            state.field("verifications", &self.verifications, skip[0]);
            state.end()
        }
    }
    ///Response envelope of `list_pending_verifications`; `data` holds the `PendingVerificationList` payload.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct PendingVerificationListEnvelope {
        ///The payload; absent or null when the call failed.
        pub data: ::std::option::Option<PendingVerificationList>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl<'de> ::serde::Deserialize<'de> for PendingVerificationListEnvelope {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["data", "error", "message", "success"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"data" => 0,
                    b"error" => 1,
                    b"message" => 2,
                    b"success" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = PendingVerificationListEnvelope;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct PendingVerificationListEnvelope")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<PendingVerificationListEnvelope, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<PendingVerificationList>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::serde_json::Value>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<bool>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "data"),
                            1 => crate::de::value(&mut map, &mut slots.1, "error"),
                            2 => crate::de::value(&mut map, &mut slots.2, "message"),
                            3 => crate::de::value(&mut map, &mut slots.3, "success"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required3 = crate::de::missing(slots.3.take(), "success")?;
                    let (__field0, __field1, __field2, _) = slots;
                    ::std::result::Result::Ok(PendingVerificationListEnvelope {
                        data: crate::de::opt(__field0),
                        error: crate::de::opt(__field1),
                        message: crate::de::opt(__field2),
                        success: __required3,
                    })
                }
            }
            deserializer
                .deserialize_struct("PendingVerificationListEnvelope", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for PendingVerificationListEnvelope {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [
                ::std::option::Option::is_none(&self.data),
                ::std::option::Option::is_none(&self.error),
                ::std::option::Option::is_none(&self.message),
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "PendingVerificationListEnvelope",
                &skip,
            );
            state.field("data", &self.data, skip[0]);
            state.field("error", &self.error, skip[1]);
            state.field("message", &self.message, skip[2]);
            state.field("success", &self.success, skip[3]);
            state.end()
        }
    }
    ///Whether one permission is granted, with its explanation.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct PermissionInfo {
        pub description: ::std::string::String,
        pub granted: bool,
    }
    impl<'de> ::serde::Deserialize<'de> for PermissionInfo {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["description", "granted"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"description" => 0,
                    b"granted" => 1,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = PermissionInfo;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct PermissionInfo")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<PermissionInfo, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<bool>,
                    ) = (::std::option::Option::None, ::std::option::Option::None);
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "description"),
                            1 => crate::de::value(&mut map, &mut slots.1, "granted"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "description")?;
                    let __required1 = crate::de::missing(slots.1.take(), "granted")?;
                    let (_, _) = slots;
                    ::std::result::Result::Ok(PermissionInfo {
                        description: __required0,
                        granted: __required1,
                    })
                }
            }
            deserializer.deserialize_struct("PermissionInfo", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for PermissionInfo {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 2usize] = [false, false];
            let mut state = crate::de::Fields::start(
                serializer,
                "PermissionInfo",
                &skip,
            );
            state.field("description", &self.description, skip[0]);
            state.field("granted", &self.granted, skip[1]);
            state.end()
        }
    }
    ///The permissions of the calling API key.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct PermissionsResponse {
        pub owner_type: crate::clink::generated::enums::PermissionOwnerType,
        ///Permission name -> granted.
        pub permissions: ::std::collections::HashMap<::std::string::String, bool>,
        ///Permission name -> grant and description.
        pub permissions_info: ::std::collections::HashMap<
            ::std::string::String,
            PermissionInfo,
        >,
        ///Id of the user or group the key is scoped to.
        pub scope_id: ::std::string::String,
        pub scope_type: crate::clink::generated::enums::PermissionScopeType,
    }
    impl<'de> ::serde::Deserialize<'de> for PermissionsResponse {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "owner_type",
                "permissions",
                "permissions_info",
                "scope_id",
                "scope_type",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"owner_type" => 0,
                    b"permissions" => 1,
                    b"permissions_info" => 2,
                    b"scope_id" => 3,
                    b"scope_type" => 4,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = PermissionsResponse;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct PermissionsResponse")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<PermissionsResponse, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            crate::clink::generated::enums::PermissionOwnerType,
                        >,
                        ::std::option::Option<
                            ::std::collections::HashMap<::std::string::String, bool>,
                        >,
                        ::std::option::Option<
                            ::std::collections::HashMap<
                                ::std::string::String,
                                PermissionInfo,
                            >,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<
                            crate::clink::generated::enums::PermissionScopeType,
                        >,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "owner_type"),
                            1 => crate::de::value(&mut map, &mut slots.1, "permissions"),
                            2 => {
                                crate::de::value(&mut map, &mut slots.2, "permissions_info")
                            }
                            3 => crate::de::value(&mut map, &mut slots.3, "scope_id"),
                            4 => crate::de::value(&mut map, &mut slots.4, "scope_type"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "owner_type")?;
                    let __required1 = crate::de::missing(slots.1.take(), "permissions")?;
                    let __required2 = crate::de::missing(
                        slots.2.take(),
                        "permissions_info",
                    )?;
                    let __required3 = crate::de::missing(slots.3.take(), "scope_id")?;
                    let __required4 = crate::de::missing(slots.4.take(), "scope_type")?;
                    let (_, _, _, _, _) = slots;
                    ::std::result::Result::Ok(PermissionsResponse {
                        owner_type: __required0,
                        permissions: __required1,
                        permissions_info: __required2,
                        scope_id: __required3,
                        scope_type: __required4,
                    })
                }
            }
            deserializer.deserialize_struct("PermissionsResponse", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for PermissionsResponse {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 5usize] = [false, false, false, false, false];
            let mut state = crate::de::Fields::start(
                serializer,
                "PermissionsResponse",
                &skip,
            );
            state.field("owner_type", &self.owner_type, skip[0]);
            state.field("permissions", &self.permissions, skip[1]);
            state.field("permissions_info", &self.permissions_info, skip[2]);
            state.field("scope_id", &self.scope_id, skip[3]);
            state.field("scope_type", &self.scope_type, skip[4]);
            state.end()
        }
    }
    ///Response envelope of `get_my_permissions`; `data` holds the `PermissionsResponse` payload.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct PermissionsResponseEnvelope {
        ///The payload; absent or null when the call failed.
        pub data: ::std::option::Option<PermissionsResponse>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl<'de> ::serde::Deserialize<'de> for PermissionsResponseEnvelope {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["data", "error", "message", "success"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"data" => 0,
                    b"error" => 1,
                    b"message" => 2,
                    b"success" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = PermissionsResponseEnvelope;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct PermissionsResponseEnvelope")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<PermissionsResponseEnvelope, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<PermissionsResponse>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::serde_json::Value>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<bool>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "data"),
                            1 => crate::de::value(&mut map, &mut slots.1, "error"),
                            2 => crate::de::value(&mut map, &mut slots.2, "message"),
                            3 => crate::de::value(&mut map, &mut slots.3, "success"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required3 = crate::de::missing(slots.3.take(), "success")?;
                    let (__field0, __field1, __field2, _) = slots;
                    ::std::result::Result::Ok(PermissionsResponseEnvelope {
                        data: crate::de::opt(__field0),
                        error: crate::de::opt(__field1),
                        message: crate::de::opt(__field2),
                        success: __required3,
                    })
                }
            }
            deserializer
                .deserialize_struct("PermissionsResponseEnvelope", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for PermissionsResponseEnvelope {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [
                ::std::option::Option::is_none(&self.data),
                ::std::option::Option::is_none(&self.error),
                ::std::option::Option::is_none(&self.message),
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "PermissionsResponseEnvelope",
                &skip,
            );
            state.field("data", &self.data, skip[0]);
            state.field("error", &self.error, skip[1]);
            state.field("message", &self.message, skip[2]);
            state.field("success", &self.success, skip[3]);
            state.end()
        }
    }
    ///A project, which groups milestones within a group.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct Project {
        pub archived_at: ::std::option::Option<crate::Timestamp>,
        pub archived_by: ::std::option::Option<::std::string::String>,
        ///Display colour (e.g. `"#3b82f6"`).
        pub color: ::std::string::String,
        pub completed_at: ::std::option::Option<crate::Timestamp>,
        pub completed_by: ::std::option::Option<::std::string::String>,
        pub created_at: crate::Timestamp,
        pub created_by: ::std::option::Option<::std::string::String>,
        pub description: ::std::string::String,
        pub group_id: ::std::string::String,
        ///Whether this is the group's default ("General") project, which cannot be archived.
        pub is_default: bool,
        pub project_id: ::std::string::String,
        pub reopened_at: ::std::option::Option<crate::Timestamp>,
        pub reopened_by: ::std::option::Option<::std::string::String>,
        pub slug: ::std::string::String,
        pub status: crate::clink::generated::enums::ProjectStatus,
        pub title: ::std::string::String,
        pub updated_at: ::std::option::Option<crate::Timestamp>,
    }
    impl<'de> ::serde::Deserialize<'de> for Project {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "archived_at",
                "archived_by",
                "color",
                "completed_at",
                "completed_by",
                "created_at",
                "created_by",
                "description",
                "group_id",
                "is_default",
                "project_id",
                "reopened_at",
                "reopened_by",
                "slug",
                "status",
                "title",
                "updated_at",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"archived_at" => 0,
                    b"archived_by" => 1,
                    b"color" => 2,
                    b"completed_at" => 3,
                    b"completed_by" => 4,
                    b"created_at" => 5,
                    b"created_by" => 6,
                    b"description" => 7,
                    b"group_id" => 8,
                    b"is_default" => 9,
                    b"project_id" => 10,
                    b"reopened_at" => 11,
                    b"reopened_by" => 12,
                    b"slug" => 13,
                    b"status" => 14,
                    b"title" => 15,
                    b"updated_at" => 16,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Project;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct Project")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<Project, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<crate::Timestamp>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<bool>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<
                            crate::clink::generated::enums::ProjectStatus,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "archived_at"),
                            1 => crate::de::value(&mut map, &mut slots.1, "archived_by"),
                            2 => crate::de::value(&mut map, &mut slots.2, "color"),
                            3 => crate::de::value(&mut map, &mut slots.3, "completed_at"),
                            4 => crate::de::value(&mut map, &mut slots.4, "completed_by"),
                            5 => crate::de::value(&mut map, &mut slots.5, "created_at"),
                            6 => crate::de::value(&mut map, &mut slots.6, "created_by"),
                            7 => crate::de::value(&mut map, &mut slots.7, "description"),
                            8 => crate::de::value(&mut map, &mut slots.8, "group_id"),
                            9 => crate::de::value(&mut map, &mut slots.9, "is_default"),
                            10 => crate::de::value(&mut map, &mut slots.10, "project_id"),
                            11 => {
                                crate::de::value(&mut map, &mut slots.11, "reopened_at")
                            }
                            12 => {
                                crate::de::value(&mut map, &mut slots.12, "reopened_by")
                            }
                            13 => crate::de::value(&mut map, &mut slots.13, "slug"),
                            14 => crate::de::value(&mut map, &mut slots.14, "status"),
                            15 => crate::de::value(&mut map, &mut slots.15, "title"),
                            16 => crate::de::value(&mut map, &mut slots.16, "updated_at"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required2 = crate::de::missing(slots.2.take(), "color")?;
                    let __required5 = crate::de::missing(slots.5.take(), "created_at")?;
                    let __required7 = crate::de::missing(slots.7.take(), "description")?;
                    let __required8 = crate::de::missing(slots.8.take(), "group_id")?;
                    let __required9 = crate::de::missing(slots.9.take(), "is_default")?;
                    let __required10 = crate::de::missing(
                        slots.10.take(),
                        "project_id",
                    )?;
                    let __required13 = crate::de::missing(slots.13.take(), "slug")?;
                    let __required14 = crate::de::missing(slots.14.take(), "status")?;
                    let __required15 = crate::de::missing(slots.15.take(), "title")?;
                    let (
                        __field0,
                        __field1,
                        _,
                        __field3,
                        __field4,
                        _,
                        __field6,
                        _,
                        _,
                        _,
                        _,
                        __field11,
                        __field12,
                        _,
                        _,
                        _,
                        __field16,
                    ) = slots;
                    ::std::result::Result::Ok(Project {
                        archived_at: crate::de::opt(__field0),
                        archived_by: crate::de::opt(__field1),
                        color: __required2,
                        completed_at: crate::de::opt(__field3),
                        completed_by: crate::de::opt(__field4),
                        created_at: __required5,
                        created_by: crate::de::opt(__field6),
                        description: __required7,
                        group_id: __required8,
                        is_default: __required9,
                        project_id: __required10,
                        reopened_at: crate::de::opt(__field11),
                        reopened_by: crate::de::opt(__field12),
                        slug: __required13,
                        status: __required14,
                        title: __required15,
                        updated_at: crate::de::opt(__field16),
                    })
                }
            }
            deserializer.deserialize_struct("Project", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for Project {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 17usize] = [
                ::std::option::Option::is_none(&self.archived_at),
                ::std::option::Option::is_none(&self.archived_by),
                false,
                ::std::option::Option::is_none(&self.completed_at),
                ::std::option::Option::is_none(&self.completed_by),
                false,
                ::std::option::Option::is_none(&self.created_by),
                false,
                false,
                false,
                false,
                ::std::option::Option::is_none(&self.reopened_at),
                ::std::option::Option::is_none(&self.reopened_by),
                false,
                false,
                false,
                ::std::option::Option::is_none(&self.updated_at),
            ];
            let mut state = crate::de::Fields::start(serializer, "Project", &skip);
            state.field("archived_at", &self.archived_at, skip[0]);
            state.field("archived_by", &self.archived_by, skip[1]);
            state.field("color", &self.color, skip[2]);
            state.field("completed_at", &self.completed_at, skip[3]);
            state.field("completed_by", &self.completed_by, skip[4]);
            state.field("created_at", &self.created_at, skip[5]);
            state.field("created_by", &self.created_by, skip[6]);
            state.field("description", &self.description, skip[7]);
            state.field("group_id", &self.group_id, skip[8]);
            state.field("is_default", &self.is_default, skip[9]);
            state.field("project_id", &self.project_id, skip[10]);
            state.field("reopened_at", &self.reopened_at, skip[11]);
            state.field("reopened_by", &self.reopened_by, skip[12]);
            state.field("slug", &self.slug, skip[13]);
            state.field("status", &self.status, skip[14]);
            state.field("title", &self.title, skip[15]);
            state.field("updated_at", &self.updated_at, skip[16]);
            state.end()
        }
    }
    ///Response envelope of the project operations; `data` holds the `Project` payload.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct ProjectEnvelope {
        ///The payload; absent or null when the call failed.
        pub data: ::std::option::Option<Project>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl<'de> ::serde::Deserialize<'de> for ProjectEnvelope {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["data", "error", "message", "success"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"data" => 0,
                    b"error" => 1,
                    b"message" => 2,
                    b"success" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = ProjectEnvelope;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct ProjectEnvelope")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<ProjectEnvelope, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<Project>>,
                        ::std::option::Option<
                            ::std::option::Option<::serde_json::Value>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<bool>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "data"),
                            1 => crate::de::value(&mut map, &mut slots.1, "error"),
                            2 => crate::de::value(&mut map, &mut slots.2, "message"),
                            3 => crate::de::value(&mut map, &mut slots.3, "success"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required3 = crate::de::missing(slots.3.take(), "success")?;
                    let (__field0, __field1, __field2, _) = slots;
                    ::std::result::Result::Ok(ProjectEnvelope {
                        data: crate::de::opt(__field0),
                        error: crate::de::opt(__field1),
                        message: crate::de::opt(__field2),
                        success: __required3,
                    })
                }
            }
            deserializer.deserialize_struct("ProjectEnvelope", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for ProjectEnvelope {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [
                ::std::option::Option::is_none(&self.data),
                ::std::option::Option::is_none(&self.error),
                ::std::option::Option::is_none(&self.message),
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "ProjectEnvelope",
                &skip,
            );
            state.field("data", &self.data, skip[0]);
            state.field("error", &self.error, skip[1]);
            state.field("message", &self.message, skip[2]);
            state.field("success", &self.success, skip[3]);
            state.end()
        }
    }
    ///`data` of `list_projects`.
    #[derive(Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct ProjectList {
        pub projects: ::std::vec::Vec<Project>,
    }
    impl<'de> ::serde::Deserialize<'de> for ProjectList {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["projects"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"projects" => 0,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = ProjectList;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct ProjectList")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<ProjectList, A::Error> {
                    let mut slots: (::std::option::Option<::std::vec::Vec<Project>>,) = (
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "projects"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let (__field0,) = slots;
                    ::std::result::Result::Ok(ProjectList {
                        projects: crate::de::or_default(__field0),
                    })
                }
            }
            deserializer.deserialize_struct("ProjectList", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for ProjectList {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 1usize] = [::std::vec::Vec::is_empty(&self.projects)];
            let mut state = crate::de::Fields::start(serializer, "ProjectList", &skip);
            state.field("projects", &self.projects, skip[0]);
            state.end()
        }
    }
    ///Response envelope of `list_projects`; `data` holds the `ProjectList` payload.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct ProjectListEnvelope {
        ///The payload; absent or null when the call failed.
        pub data: ::std::option::Option<ProjectList>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl<'de> ::serde::Deserialize<'de> for ProjectListEnvelope {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["data", "error", "message", "success"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"data" => 0,
                    b"error" => 1,
                    b"message" => 2,
                    b"success" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = ProjectListEnvelope;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct ProjectListEnvelope")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<ProjectListEnvelope, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<ProjectList>>,
                        ::std::option::Option<
                            ::std::option::Option<::serde_json::Value>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<bool>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "data"),
                            1 => crate::de::value(&mut map, &mut slots.1, "error"),
                            2 => crate::de::value(&mut map, &mut slots.2, "message"),
                            3 => crate::de::value(&mut map, &mut slots.3, "success"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required3 = crate::de::missing(slots.3.take(), "success")?;
                    let (__field0, __field1, __field2, _) = slots;
                    ::std::result::Result::Ok(ProjectListEnvelope {
                        data: crate::de::opt(__field0),
                        error: crate::de::opt(__field1),
                        message: crate::de::opt(__field2),
                        success: __required3,
                    })
                }
            }
            deserializer.deserialize_struct("ProjectListEnvelope", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for ProjectListEnvelope {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [
                ::std::option::Option::is_none(&self.data),
                ::std::option::Option::is_none(&self.error),
                ::std::option::Option::is_none(&self.message),
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "ProjectListEnvelope",
                &skip,
            );
            state.field("data", &self.data, skip[0]);
            state.field("error", &self.error, skip[1]);
            state.field("message", &self.message, skip[2]);
            state.field("success", &self.success, skip[3]);
            state.end()
        }
    }
    ///A proposal put to a group's vote, with its votes and result.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct Proposal {
        pub created_at: crate::Timestamp,
        ///When voting closes, if the proposal has a deadline.
        pub deadline: ::std::option::Option<crate::Timestamp>,
        pub description: ::std::string::String,
        pub finalized_at: ::std::option::Option<crate::Timestamp>,
        pub group_id: ::std::string::String,
        pub linked_checkpoint_order: ::std::option::Option<i64>,
        ///The milestone whose checkpoint this proposal gates, if any.
        pub linked_milestone_id: ::std::option::Option<::std::string::String>,
        ///The options voted on (empty for `yes_no`).
        pub options: ::std::vec::Vec<::std::string::String>,
        pub proposal_id: ::std::string::String,
        pub proposer_id: ::std::string::String,
        ///The outcome once finalized (e.g. the winning option).
        pub result: ::std::option::Option<::std::string::String>,
        pub status: crate::clink::generated::enums::ProposalStatus,
        ///Number of votes per option (or per `yes`/`no`).
        pub tally: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, i64>,
        >,
        pub threshold_met: ::std::option::Option<bool>,
        pub threshold_type: crate::clink::generated::enums::ThresholdType,
        pub title: ::std::string::String,
        pub vote_count: ::std::option::Option<i64>,
        pub votes: ::std::option::Option<::std::vec::Vec<Vote>>,
        pub voting_type: crate::clink::generated::enums::VotingType,
    }
    impl<'de> ::serde::Deserialize<'de> for Proposal {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "created_at",
                "deadline",
                "description",
                "finalized_at",
                "group_id",
                "linked_checkpoint_order",
                "linked_milestone_id",
                "options",
                "proposal_id",
                "proposer_id",
                "result",
                "status",
                "tally",
                "threshold_met",
                "threshold_type",
                "title",
                "vote_count",
                "votes",
                "voting_type",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"created_at" => 0,
                    b"deadline" => 1,
                    b"description" => 2,
                    b"finalized_at" => 3,
                    b"group_id" => 4,
                    b"linked_checkpoint_order" => 5,
                    b"linked_milestone_id" => 6,
                    b"options" => 7,
                    b"proposal_id" => 8,
                    b"proposer_id" => 9,
                    b"result" => 10,
                    b"status" => 11,
                    b"tally" => 12,
                    b"threshold_met" => 13,
                    b"threshold_type" => 14,
                    b"title" => 15,
                    b"vote_count" => 16,
                    b"votes" => 17,
                    b"voting_type" => 18,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Proposal;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct Proposal")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<Proposal, A::Error> {
                    let mut slots: (
                        ::std::option::Option<crate::Timestamp>,
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::option::Option<crate::Timestamp>>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            crate::clink::generated::enums::ProposalStatus,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<
                                ::std::collections::HashMap<::std::string::String, i64>,
                            >,
                        >,
                        ::std::option::Option<::std::option::Option<bool>>,
                        ::std::option::Option<
                            crate::clink::generated::enums::ThresholdType,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::option::Option<i64>>,
                        ::std::option::Option<
                            ::std::option::Option<::std::vec::Vec<Vote>>,
                        >,
                        ::std::option::Option<crate::clink::generated::enums::VotingType>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "created_at"),
                            1 => crate::de::value(&mut map, &mut slots.1, "deadline"),
                            2 => crate::de::value(&mut map, &mut slots.2, "description"),
                            3 => crate::de::value(&mut map, &mut slots.3, "finalized_at"),
                            4 => crate::de::value(&mut map, &mut slots.4, "group_id"),
                            5 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.5,
                                    "linked_checkpoint_order",
                                )
                            }
                            6 => {
                                crate::de::value(
                                    &mut map,
                                    &mut slots.6,
                                    "linked_milestone_id",
                                )
                            }
                            7 => crate::de::value(&mut map, &mut slots.7, "options"),
                            8 => crate::de::value(&mut map, &mut slots.8, "proposal_id"),
                            9 => crate::de::value(&mut map, &mut slots.9, "proposer_id"),
                            10 => crate::de::value(&mut map, &mut slots.10, "result"),
                            11 => crate::de::value(&mut map, &mut slots.11, "status"),
                            12 => crate::de::value(&mut map, &mut slots.12, "tally"),
                            13 => {
                                crate::de::value(&mut map, &mut slots.13, "threshold_met")
                            }
                            14 => {
                                crate::de::value(&mut map, &mut slots.14, "threshold_type")
                            }
                            15 => crate::de::value(&mut map, &mut slots.15, "title"),
                            16 => crate::de::value(&mut map, &mut slots.16, "vote_count"),
                            17 => crate::de::value(&mut map, &mut slots.17, "votes"),
                            18 => {
                                crate::de::value(&mut map, &mut slots.18, "voting_type")
                            }
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "created_at")?;
                    let __required2 = crate::de::missing(slots.2.take(), "description")?;
                    let __required4 = crate::de::missing(slots.4.take(), "group_id")?;
                    let __required7 = crate::de::missing(slots.7.take(), "options")?;
                    let __required8 = crate::de::missing(slots.8.take(), "proposal_id")?;
                    let __required9 = crate::de::missing(slots.9.take(), "proposer_id")?;
                    let __required11 = crate::de::missing(slots.11.take(), "status")?;
                    let __required14 = crate::de::missing(
                        slots.14.take(),
                        "threshold_type",
                    )?;
                    let __required15 = crate::de::missing(slots.15.take(), "title")?;
                    let __required18 = crate::de::missing(
                        slots.18.take(),
                        "voting_type",
                    )?;
                    let (
                        _,
                        __field1,
                        _,
                        __field3,
                        _,
                        __field5,
                        __field6,
                        _,
                        _,
                        _,
                        __field10,
                        _,
                        __field12,
                        __field13,
                        _,
                        _,
                        __field16,
                        __field17,
                        _,
                    ) = slots;
                    ::std::result::Result::Ok(Proposal {
                        created_at: __required0,
                        deadline: crate::de::opt(__field1),
                        description: __required2,
                        finalized_at: crate::de::opt(__field3),
                        group_id: __required4,
                        linked_checkpoint_order: crate::de::opt(__field5),
                        linked_milestone_id: crate::de::opt(__field6),
                        options: __required7,
                        proposal_id: __required8,
                        proposer_id: __required9,
                        result: crate::de::opt(__field10),
                        status: __required11,
                        tally: crate::de::opt(__field12),
                        threshold_met: crate::de::opt(__field13),
                        threshold_type: __required14,
                        title: __required15,
                        vote_count: crate::de::opt(__field16),
                        votes: crate::de::opt(__field17),
                        voting_type: __required18,
                    })
                }
            }
            deserializer.deserialize_struct("Proposal", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for Proposal {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 19usize] = [
                false,
                ::std::option::Option::is_none(&self.deadline),
                false,
                ::std::option::Option::is_none(&self.finalized_at),
                false,
                ::std::option::Option::is_none(&self.linked_checkpoint_order),
                ::std::option::Option::is_none(&self.linked_milestone_id),
                false,
                false,
                false,
                ::std::option::Option::is_none(&self.result),
                false,
                ::std::option::Option::is_none(&self.tally),
                ::std::option::Option::is_none(&self.threshold_met),
                false,
                false,
                ::std::option::Option::is_none(&self.vote_count),
                ::std::option::Option::is_none(&self.votes),
                false,
            ];
            let mut state = crate::de::Fields::start(serializer, "Proposal", &skip);
            state.field("created_at", &self.created_at, skip[0]);
            state.field("deadline", &self.deadline, skip[1]);
            state.field("description", &self.description, skip[2]);
            state.field("finalized_at", &self.finalized_at, skip[3]);
            state.field("group_id", &self.group_id, skip[4]);
            state
                .field(
                    "linked_checkpoint_order",
                    &self.linked_checkpoint_order,
                    skip[5],
                );
            state.field("linked_milestone_id", &self.linked_milestone_id, skip[6]);
            state.field("options", &self.options, skip[7]);
            state.field("proposal_id", &self.proposal_id, skip[8]);
            state.field("proposer_id", &self.proposer_id, skip[9]);
            state.field("result", &self.result, skip[10]);
            state.field("status", &self.status, skip[11]);
            state.field("tally", &self.tally, skip[12]);
            state.field("threshold_met", &self.threshold_met, skip[13]);
            state.field("threshold_type", &self.threshold_type, skip[14]);
            state.field("title", &self.title, skip[15]);
            state.field("vote_count", &self.vote_count, skip[16]);
            state.field("votes", &self.votes, skip[17]);
            state.field("voting_type", &self.voting_type, skip[18]);
            state.end()
        }
    }
    ///Response envelope of create_proposal, get_proposal and finalize_proposal; `data` holds the `Proposal` payload.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct ProposalEnvelope {
        ///The payload; absent or null when the call failed.
        pub data: ::std::option::Option<Proposal>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl<'de> ::serde::Deserialize<'de> for ProposalEnvelope {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["data", "error", "message", "success"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"data" => 0,
                    b"error" => 1,
                    b"message" => 2,
                    b"success" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = ProposalEnvelope;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct ProposalEnvelope")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<ProposalEnvelope, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<Proposal>>,
                        ::std::option::Option<
                            ::std::option::Option<::serde_json::Value>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<bool>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "data"),
                            1 => crate::de::value(&mut map, &mut slots.1, "error"),
                            2 => crate::de::value(&mut map, &mut slots.2, "message"),
                            3 => crate::de::value(&mut map, &mut slots.3, "success"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required3 = crate::de::missing(slots.3.take(), "success")?;
                    let (__field0, __field1, __field2, _) = slots;
                    ::std::result::Result::Ok(ProposalEnvelope {
                        data: crate::de::opt(__field0),
                        error: crate::de::opt(__field1),
                        message: crate::de::opt(__field2),
                        success: __required3,
                    })
                }
            }
            deserializer.deserialize_struct("ProposalEnvelope", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for ProposalEnvelope {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [
                ::std::option::Option::is_none(&self.data),
                ::std::option::Option::is_none(&self.error),
                ::std::option::Option::is_none(&self.message),
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "ProposalEnvelope",
                &skip,
            );
            state.field("data", &self.data, skip[0]);
            state.field("error", &self.error, skip[1]);
            state.field("message", &self.message, skip[2]);
            state.field("success", &self.success, skip[3]);
            state.end()
        }
    }
    ///`data` of `list_proposals`.
    #[derive(Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct ProposalList {
        pub proposals: ::std::vec::Vec<Proposal>,
    }
    impl<'de> ::serde::Deserialize<'de> for ProposalList {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["proposals"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"proposals" => 0,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = ProposalList;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct ProposalList")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<ProposalList, A::Error> {
                    let mut slots: (::std::option::Option<::std::vec::Vec<Proposal>>,) = (
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "proposals"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let (__field0,) = slots;
                    ::std::result::Result::Ok(ProposalList {
                        proposals: crate::de::or_default(__field0),
                    })
                }
            }
            deserializer.deserialize_struct("ProposalList", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for ProposalList {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 1usize] = [::std::vec::Vec::is_empty(&self.proposals)];
            let mut state = crate::de::Fields::start(serializer, "ProposalList", &skip);
            state.field("proposals", &self.proposals, skip[0]);
            state.end()
        }
    }
    ///Response envelope of `list_proposals`; `data` holds the `ProposalList` payload.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct ProposalListEnvelope {
        ///The payload; absent or null when the call failed.
        pub data: ::std::option::Option<ProposalList>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl<'de> ::serde::Deserialize<'de> for ProposalListEnvelope {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["data", "error", "message", "success"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"data" => 0,
                    b"error" => 1,
                    b"message" => 2,
                    b"success" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = ProposalListEnvelope;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct ProposalListEnvelope")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<ProposalListEnvelope, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::option::Option<ProposalList>>,
                        ::std::option::Option<
                            ::std::option::Option<::serde_json::Value>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<bool>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "data"),
                            1 => crate::de::value(&mut map, &mut slots.1, "error"),
                            2 => crate::de::value(&mut map, &mut slots.2, "message"),
                            3 => crate::de::value(&mut map, &mut slots.3, "success"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required3 = crate::de::missing(slots.3.take(), "success")?;
                    let (__field0, __field1, __field2, _) = slots;
                    ::std::result::Result::Ok(ProposalListEnvelope {
                        data: crate::de::opt(__field0),
                        error: crate::de::opt(__field1),
                        message: crate::de::opt(__field2),
                        success: __required3,
                    })
                }
            }
            deserializer.deserialize_struct("ProposalListEnvelope", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for ProposalListEnvelope {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [
                ::std::option::Option::is_none(&self.data),
                ::std::option::Option::is_none(&self.error),
                ::std::option::Option::is_none(&self.message),
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "ProposalListEnvelope",
                &skip,
            );
            state.field("data", &self.data, skip[0]);
            state.field("error", &self.error, skip[1]);
            state.field("message", &self.message, skip[2]);
            state.field("success", &self.success, skip[3]);
            state.end()
        }
    }
    /**Envelope of `cast_vote`. `data` is free-form JSON because it is either a `Proposal`
or an `HilRequired`: decode it into `HilRequired` when `data.verification_required`
is `true`, otherwise into `Proposal`.
*/
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct ProposalOrHilRequiredEnvelope {
        ///A `Proposal`, or an `HilRequired` when `verification_required` is `true`. Absent on failure.
        pub data: ::std::option::Option<::serde_json::Value>,
        ///Error details when `success` is false (text, or any JSON the server sends).
        pub error: ::std::option::Option<::serde_json::Value>,
        ///The error's message when `success` is false (sometimes an informational message).
        pub message: ::std::option::Option<::std::string::String>,
        ///Whether the call succeeded; `false` means failure even on a 2xx status.
        pub success: bool,
    }
    impl<'de> ::serde::Deserialize<'de> for ProposalOrHilRequiredEnvelope {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["data", "error", "message", "success"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"data" => 0,
                    b"error" => 1,
                    b"message" => 2,
                    b"success" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = ProposalOrHilRequiredEnvelope;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct ProposalOrHilRequiredEnvelope")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<ProposalOrHilRequiredEnvelope, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<::serde_json::Value>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::serde_json::Value>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<bool>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "data"),
                            1 => crate::de::value(&mut map, &mut slots.1, "error"),
                            2 => crate::de::value(&mut map, &mut slots.2, "message"),
                            3 => crate::de::value(&mut map, &mut slots.3, "success"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required3 = crate::de::missing(slots.3.take(), "success")?;
                    let (__field0, __field1, __field2, _) = slots;
                    ::std::result::Result::Ok(ProposalOrHilRequiredEnvelope {
                        data: crate::de::opt(__field0),
                        error: crate::de::opt(__field1),
                        message: crate::de::opt(__field2),
                        success: __required3,
                    })
                }
            }
            deserializer
                .deserialize_struct("ProposalOrHilRequiredEnvelope", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for ProposalOrHilRequiredEnvelope {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [
                ::std::option::Option::is_none(&self.data),
                ::std::option::Option::is_none(&self.error),
                ::std::option::Option::is_none(&self.message),
                false,
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "ProposalOrHilRequiredEnvelope",
                &skip,
            );
            state.field("data", &self.data, skip[0]);
            state.field("error", &self.error, skip[1]);
            state.field("message", &self.message, skip[2]);
            state.field("success", &self.success, skip[3]);
            state.end()
        }
    }
    ///Body of `send_clink`.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct SendClinkRequest {
        ///The message text, at most 4096 characters.
        pub content: ::std::string::String,
        ///Address the clink to this user id or agent profile id; omit for the whole group.
        pub for_: ::std::option::Option<::std::string::String>,
    }
    impl<'de> ::serde::Deserialize<'de> for SendClinkRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["content", "for"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"content" => 0,
                    b"for" => 1,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = SendClinkRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct SendClinkRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<SendClinkRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                    ) = (::std::option::Option::None, ::std::option::Option::None);
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "content"),
                            1 => crate::de::value(&mut map, &mut slots.1, "for"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "content")?;
                    let (_, __field1) = slots;
                    ::std::result::Result::Ok(SendClinkRequest {
                        content: __required0,
                        for_: crate::de::opt(__field1),
                    })
                }
            }
            deserializer.deserialize_struct("SendClinkRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for SendClinkRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 2usize] = [
                false,
                ::std::option::Option::is_none(&self.for_),
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "SendClinkRequest",
                &skip,
            );
            state.field("content", &self.content, skip[0]);
            state.field("for", &self.for_, skip[1]);
            state.end()
        }
    }
    impl SendClinkRequest {
        #[inline]
        pub fn builder() -> builder::SendClinkRequest {
            Default::default()
        }
    }
    ///Body of `submit_feedback`.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct SubmitFeedbackRequest {
        pub category: crate::clink::generated::enums::FeedbackCategory,
        ///The feedback text, at most 8192 characters.
        pub content: ::std::string::String,
        pub context: ::std::option::Option<FeedbackContext>,
    }
    impl<'de> ::serde::Deserialize<'de> for SubmitFeedbackRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["category", "content", "context"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"category" => 0,
                    b"content" => 1,
                    b"context" => 2,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = SubmitFeedbackRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct SubmitFeedbackRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<SubmitFeedbackRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            crate::clink::generated::enums::FeedbackCategory,
                        >,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::option::Option<FeedbackContext>>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "category"),
                            1 => crate::de::value(&mut map, &mut slots.1, "content"),
                            2 => crate::de::value(&mut map, &mut slots.2, "context"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "category")?;
                    let __required1 = crate::de::missing(slots.1.take(), "content")?;
                    let (_, _, __field2) = slots;
                    ::std::result::Result::Ok(SubmitFeedbackRequest {
                        category: __required0,
                        content: __required1,
                        context: crate::de::opt(__field2),
                    })
                }
            }
            deserializer.deserialize_struct("SubmitFeedbackRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for SubmitFeedbackRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 3usize] = [
                false,
                false,
                ::std::option::Option::is_none(&self.context),
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "SubmitFeedbackRequest",
                &skip,
            );
            state.field("category", &self.category, skip[0]);
            state.field("content", &self.content, skip[1]);
            state.field("context", &self.context, skip[2]);
            state.end()
        }
    }
    impl SubmitFeedbackRequest {
        #[inline]
        pub fn builder() -> builder::SubmitFeedbackRequest {
            Default::default()
        }
    }
    ///Body of `update_checkpoint`; omitted fields are unchanged.
    #[derive(Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdateCheckpointRequest {
        /**Replaces the dependencies (see `CheckpointDependency`); an empty list clears them,
an absent field leaves them unchanged.
*/
        pub depends_on: ::std::option::Option<::std::vec::Vec<CheckpointDependency>>,
        pub description: ::std::option::Option<::std::string::String>,
        pub git_branch_url: ::std::option::Option<::std::string::String>,
        pub git_commit_url: ::std::option::Option<::std::string::String>,
        pub git_pr_url: ::std::option::Option<::std::string::String>,
        pub title: ::std::option::Option<::std::string::String>,
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateCheckpointRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &[
                "depends_on",
                "description",
                "git_branch_url",
                "git_commit_url",
                "git_pr_url",
                "title",
            ];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"depends_on" => 0,
                    b"description" => 1,
                    b"git_branch_url" => 2,
                    b"git_commit_url" => 3,
                    b"git_pr_url" => 4,
                    b"title" => 5,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = UpdateCheckpointRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct UpdateCheckpointRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<UpdateCheckpointRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<::std::vec::Vec<CheckpointDependency>>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "depends_on"),
                            1 => crate::de::value(&mut map, &mut slots.1, "description"),
                            2 => {
                                crate::de::value(&mut map, &mut slots.2, "git_branch_url")
                            }
                            3 => {
                                crate::de::value(&mut map, &mut slots.3, "git_commit_url")
                            }
                            4 => crate::de::value(&mut map, &mut slots.4, "git_pr_url"),
                            5 => crate::de::value(&mut map, &mut slots.5, "title"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let (__field0, __field1, __field2, __field3, __field4, __field5) = slots;
                    ::std::result::Result::Ok(UpdateCheckpointRequest {
                        depends_on: crate::de::opt(__field0),
                        description: crate::de::opt(__field1),
                        git_branch_url: crate::de::opt(__field2),
                        git_commit_url: crate::de::opt(__field3),
                        git_pr_url: crate::de::opt(__field4),
                        title: crate::de::opt(__field5),
                    })
                }
            }
            deserializer.deserialize_struct("UpdateCheckpointRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for UpdateCheckpointRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 6usize] = [
                ::std::option::Option::is_none(&self.depends_on),
                ::std::option::Option::is_none(&self.description),
                ::std::option::Option::is_none(&self.git_branch_url),
                ::std::option::Option::is_none(&self.git_commit_url),
                ::std::option::Option::is_none(&self.git_pr_url),
                ::std::option::Option::is_none(&self.title),
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "UpdateCheckpointRequest",
                &skip,
            );
            state.field("depends_on", &self.depends_on, skip[0]);
            state.field("description", &self.description, skip[1]);
            state.field("git_branch_url", &self.git_branch_url, skip[2]);
            state.field("git_commit_url", &self.git_commit_url, skip[3]);
            state.field("git_pr_url", &self.git_pr_url, skip[4]);
            state.field("title", &self.title, skip[5]);
            state.end()
        }
    }
    impl UpdateCheckpointRequest {
        #[inline]
        pub fn builder() -> builder::UpdateCheckpointRequest {
            Default::default()
        }
    }
    ///Body of `update_milestone`; omitted fields are unchanged.
    #[derive(Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdateMilestoneRequest {
        pub description: ::std::option::Option<::std::string::String>,
        pub title: ::std::option::Option<::std::string::String>,
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateMilestoneRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["description", "title"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"description" => 0,
                    b"title" => 1,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = UpdateMilestoneRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct UpdateMilestoneRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<UpdateMilestoneRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                    ) = (::std::option::Option::None, ::std::option::Option::None);
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "description"),
                            1 => crate::de::value(&mut map, &mut slots.1, "title"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let (__field0, __field1) = slots;
                    ::std::result::Result::Ok(UpdateMilestoneRequest {
                        description: crate::de::opt(__field0),
                        title: crate::de::opt(__field1),
                    })
                }
            }
            deserializer.deserialize_struct("UpdateMilestoneRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for UpdateMilestoneRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 2usize] = [
                ::std::option::Option::is_none(&self.description),
                ::std::option::Option::is_none(&self.title),
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "UpdateMilestoneRequest",
                &skip,
            );
            state.field("description", &self.description, skip[0]);
            state.field("title", &self.title, skip[1]);
            state.end()
        }
    }
    impl UpdateMilestoneRequest {
        #[inline]
        pub fn builder() -> builder::UpdateMilestoneRequest {
            Default::default()
        }
    }
    ///Body of `update_project`; omitted fields are unchanged.
    #[derive(Clone, Debug, Default)]
    #[non_exhaustive]
    pub struct UpdateProjectRequest {
        pub color: ::std::option::Option<::std::string::String>,
        pub description: ::std::option::Option<::std::string::String>,
        pub slug: ::std::option::Option<::std::string::String>,
        pub title: ::std::option::Option<::std::string::String>,
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateProjectRequest {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["color", "description", "slug", "title"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"color" => 0,
                    b"description" => 1,
                    b"slug" => 2,
                    b"title" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = UpdateProjectRequest;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct UpdateProjectRequest")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<UpdateProjectRequest, A::Error> {
                    let mut slots: (
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                        ::std::option::Option<
                            ::std::option::Option<::std::string::String>,
                        >,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "color"),
                            1 => crate::de::value(&mut map, &mut slots.1, "description"),
                            2 => crate::de::value(&mut map, &mut slots.2, "slug"),
                            3 => crate::de::value(&mut map, &mut slots.3, "title"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let (__field0, __field1, __field2, __field3) = slots;
                    ::std::result::Result::Ok(UpdateProjectRequest {
                        color: crate::de::opt(__field0),
                        description: crate::de::opt(__field1),
                        slug: crate::de::opt(__field2),
                        title: crate::de::opt(__field3),
                    })
                }
            }
            deserializer.deserialize_struct("UpdateProjectRequest", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for UpdateProjectRequest {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [
                ::std::option::Option::is_none(&self.color),
                ::std::option::Option::is_none(&self.description),
                ::std::option::Option::is_none(&self.slug),
                ::std::option::Option::is_none(&self.title),
            ];
            let mut state = crate::de::Fields::start(
                serializer,
                "UpdateProjectRequest",
                &skip,
            );
            state.field("color", &self.color, skip[0]);
            state.field("description", &self.description, skip[1]);
            state.field("slug", &self.slug, skip[2]);
            state.field("title", &self.title, skip[3]);
            state.end()
        }
    }
    impl UpdateProjectRequest {
        #[inline]
        pub fn builder() -> builder::UpdateProjectRequest {
            Default::default()
        }
    }
    ///One vote cast on a proposal.
    #[derive(Clone, Debug)]
    #[non_exhaustive]
    pub struct Vote {
        pub comment: ::std::string::String,
        ///The vote as cast (`yes`/`no`, an option, or a ranking).
        pub vote: ::std::string::String,
        pub voted_at: crate::Timestamp,
        pub voter_id: ::std::string::String,
    }
    impl<'de> ::serde::Deserialize<'de> for Vote {
        #[inline]
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            const FIELDS: &[&str] = &["comment", "vote", "voted_at", "voter_id"];
            #[inline]
            fn __field(key: &[u8]) -> usize {
                match key {
                    b"comment" => 0,
                    b"vote" => 1,
                    b"voted_at" => 2,
                    b"voter_id" => 3,
                    _ => usize::MAX,
                }
            }
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Vote;
                #[inline]
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    f.write_str("struct Vote")
                }
                #[inline]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<Vote, A::Error> {
                    let mut slots: (
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<::std::string::String>,
                        ::std::option::Option<crate::Timestamp>,
                        ::std::option::Option<::std::string::String>,
                    ) = (
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    );
                    while let ::std::option::Option::Some(i) = crate::de::key(
                        &mut map,
                        __field,
                        FIELDS.len(),
                    )? {
                        match i {
                            0 => crate::de::value(&mut map, &mut slots.0, "comment"),
                            1 => crate::de::value(&mut map, &mut slots.1, "vote"),
                            2 => crate::de::value(&mut map, &mut slots.2, "voted_at"),
                            3 => crate::de::value(&mut map, &mut slots.3, "voter_id"),
                            _ => crate::de::skip(&mut map),
                        }?;
                    }
                    let __required0 = crate::de::missing(slots.0.take(), "comment")?;
                    let __required1 = crate::de::missing(slots.1.take(), "vote")?;
                    let __required2 = crate::de::missing(slots.2.take(), "voted_at")?;
                    let __required3 = crate::de::missing(slots.3.take(), "voter_id")?;
                    let (_, _, _, _) = slots;
                    ::std::result::Result::Ok(Vote {
                        comment: __required0,
                        vote: __required1,
                        voted_at: __required2,
                        voter_id: __required3,
                    })
                }
            }
            deserializer.deserialize_struct("Vote", FIELDS, __Visitor)
        }
    }
    impl ::serde::Serialize for Vote {
        #[inline]
        fn serialize<S: ::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            let skip: [bool; 4usize] = [false, false, false, false];
            let mut state = crate::de::Fields::start(serializer, "Vote", &skip);
            state.field("comment", &self.comment, skip[0]);
            state.field("vote", &self.vote, skip[1]);
            state.field("voted_at", &self.voted_at, skip[2]);
            state.field("voter_id", &self.voter_id, skip[3]);
            state.end()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AddCheckpointRequest {
            depends_on: ::std::result::Result<
                ::std::vec::Vec<super::CheckpointDependency>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            git_branch_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            git_commit_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            git_pr_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            position: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            requires_consensus: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for AddCheckpointRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    depends_on: Ok(crate::builders::default()),
                    description: Ok(::std::option::Option::None),
                    git_branch_url: Ok(::std::option::Option::None),
                    git_commit_url: Ok(::std::option::Option::None),
                    git_pr_url: Ok(::std::option::Option::None),
                    position: Ok(::std::option::Option::None),
                    requires_consensus: Ok(::std::option::Option::None),
                    title: Err(crate::builders::message("no value supplied for title")),
                }
            }
        }
        impl AddCheckpointRequest {
            #[inline]
            pub fn depends_on<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CheckpointDependency>>,
                T::Error: ::std::fmt::Display,
            {
                self.depends_on = crate::builders::converted_with(
                    value,
                    "error converting supplied value for depends_on",
                );
                self
            }
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = crate::builders::converted_with(
                    value,
                    "error converting supplied value for description",
                );
                self
            }
            #[inline]
            pub fn git_branch_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.git_branch_url = crate::builders::converted_with(
                    value,
                    "error converting supplied value for git_branch_url",
                );
                self
            }
            #[inline]
            pub fn git_commit_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.git_commit_url = crate::builders::converted_with(
                    value,
                    "error converting supplied value for git_commit_url",
                );
                self
            }
            #[inline]
            pub fn git_pr_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.git_pr_url = crate::builders::converted_with(
                    value,
                    "error converting supplied value for git_pr_url",
                );
                self
            }
            #[inline]
            pub fn position<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.position = crate::builders::converted_with(
                    value,
                    "error converting supplied value for position",
                );
                self
            }
            #[inline]
            pub fn requires_consensus<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.requires_consensus = crate::builders::converted_with(
                    value,
                    "error converting supplied value for requires_consensus",
                );
                self
            }
            #[inline]
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = crate::builders::converted_with(
                    value,
                    "error converting supplied value for title",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<AddCheckpointRequest>
        for super::AddCheckpointRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: AddCheckpointRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.depends_on {
                    Some(e)
                } else if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.git_branch_url {
                    Some(e)
                } else if let Err(e) = &value.git_commit_url {
                    Some(e)
                } else if let Err(e) = &value.git_pr_url {
                    Some(e)
                } else if let Err(e) = &value.position {
                    Some(e)
                } else if let Err(e) = &value.requires_consensus {
                    Some(e)
                } else if let Err(e) = &value.title {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    depends_on: crate::builders::ok(value.depends_on),
                    description: crate::builders::ok(value.description),
                    git_branch_url: crate::builders::ok(value.git_branch_url),
                    git_commit_url: crate::builders::ok(value.git_commit_url),
                    git_pr_url: crate::builders::ok(value.git_pr_url),
                    position: crate::builders::ok(value.position),
                    requires_consensus: crate::builders::ok(value.requires_consensus),
                    title: crate::builders::ok(value.title),
                })
            }
        }
        impl ::std::convert::From<super::AddCheckpointRequest> for AddCheckpointRequest {
            #[inline]
            fn from(value: super::AddCheckpointRequest) -> Self {
                Self {
                    depends_on: Ok(value.depends_on),
                    description: Ok(value.description),
                    git_branch_url: Ok(value.git_branch_url),
                    git_commit_url: Ok(value.git_commit_url),
                    git_pr_url: Ok(value.git_pr_url),
                    position: Ok(value.position),
                    requires_consensus: Ok(value.requires_consensus),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CastVoteRequest {
            comment: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            hil_expiry_seconds: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            vote: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CastVoteRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    comment: Ok(::std::option::Option::None),
                    hil_expiry_seconds: Ok(::std::option::Option::None),
                    vote: Err(crate::builders::message("no value supplied for vote")),
                }
            }
        }
        impl CastVoteRequest {
            #[inline]
            pub fn comment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.comment = crate::builders::converted_with(
                    value,
                    "error converting supplied value for comment",
                );
                self
            }
            #[inline]
            pub fn hil_expiry_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.hil_expiry_seconds = crate::builders::converted_with(
                    value,
                    "error converting supplied value for hil_expiry_seconds",
                );
                self
            }
            #[inline]
            pub fn vote<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.vote = crate::builders::converted_with(
                    value,
                    "error converting supplied value for vote",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<CastVoteRequest> for super::CastVoteRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: CastVoteRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.comment {
                    Some(e)
                } else if let Err(e) = &value.hil_expiry_seconds {
                    Some(e)
                } else if let Err(e) = &value.vote {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    comment: crate::builders::ok(value.comment),
                    hil_expiry_seconds: crate::builders::ok(value.hil_expiry_seconds),
                    vote: crate::builders::ok(value.vote),
                })
            }
        }
        impl ::std::convert::From<super::CastVoteRequest> for CastVoteRequest {
            #[inline]
            fn from(value: super::CastVoteRequest) -> Self {
                Self {
                    comment: Ok(value.comment),
                    hil_expiry_seconds: Ok(value.hil_expiry_seconds),
                    vote: Ok(value.vote),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CheckpointInput {
            depends_on: ::std::result::Result<
                ::std::vec::Vec<super::CheckpointDependency>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            git_branch_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            git_commit_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            git_pr_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            requires_consensus: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CheckpointInput {
            #[inline]
            fn default() -> Self {
                Self {
                    depends_on: Ok(crate::builders::default()),
                    description: Ok(::std::option::Option::None),
                    git_branch_url: Ok(::std::option::Option::None),
                    git_commit_url: Ok(::std::option::Option::None),
                    git_pr_url: Ok(::std::option::Option::None),
                    requires_consensus: Ok(::std::option::Option::None),
                    title: Err(crate::builders::message("no value supplied for title")),
                }
            }
        }
        impl CheckpointInput {
            #[inline]
            pub fn depends_on<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CheckpointDependency>>,
                T::Error: ::std::fmt::Display,
            {
                self.depends_on = crate::builders::converted_with(
                    value,
                    "error converting supplied value for depends_on",
                );
                self
            }
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = crate::builders::converted_with(
                    value,
                    "error converting supplied value for description",
                );
                self
            }
            #[inline]
            pub fn git_branch_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.git_branch_url = crate::builders::converted_with(
                    value,
                    "error converting supplied value for git_branch_url",
                );
                self
            }
            #[inline]
            pub fn git_commit_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.git_commit_url = crate::builders::converted_with(
                    value,
                    "error converting supplied value for git_commit_url",
                );
                self
            }
            #[inline]
            pub fn git_pr_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.git_pr_url = crate::builders::converted_with(
                    value,
                    "error converting supplied value for git_pr_url",
                );
                self
            }
            #[inline]
            pub fn requires_consensus<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.requires_consensus = crate::builders::converted_with(
                    value,
                    "error converting supplied value for requires_consensus",
                );
                self
            }
            #[inline]
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = crate::builders::converted_with(
                    value,
                    "error converting supplied value for title",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<CheckpointInput> for super::CheckpointInput {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: CheckpointInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.depends_on {
                    Some(e)
                } else if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.git_branch_url {
                    Some(e)
                } else if let Err(e) = &value.git_commit_url {
                    Some(e)
                } else if let Err(e) = &value.git_pr_url {
                    Some(e)
                } else if let Err(e) = &value.requires_consensus {
                    Some(e)
                } else if let Err(e) = &value.title {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    depends_on: crate::builders::ok(value.depends_on),
                    description: crate::builders::ok(value.description),
                    git_branch_url: crate::builders::ok(value.git_branch_url),
                    git_commit_url: crate::builders::ok(value.git_commit_url),
                    git_pr_url: crate::builders::ok(value.git_pr_url),
                    requires_consensus: crate::builders::ok(value.requires_consensus),
                    title: crate::builders::ok(value.title),
                })
            }
        }
        impl ::std::convert::From<super::CheckpointInput> for CheckpointInput {
            #[inline]
            fn from(value: super::CheckpointInput) -> Self {
                Self {
                    depends_on: Ok(value.depends_on),
                    description: Ok(value.description),
                    git_branch_url: Ok(value.git_branch_url),
                    git_commit_url: Ok(value.git_commit_url),
                    git_pr_url: Ok(value.git_pr_url),
                    requires_consensus: Ok(value.requires_consensus),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ClaimClinkRequest {
            timeout_seconds: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ClaimClinkRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    timeout_seconds: Ok(::std::option::Option::None),
                }
            }
        }
        impl ClaimClinkRequest {
            #[inline]
            pub fn timeout_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.timeout_seconds = crate::builders::converted_with(
                    value,
                    "error converting supplied value for timeout_seconds",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<ClaimClinkRequest> for super::ClaimClinkRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: ClaimClinkRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.timeout_seconds {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    timeout_seconds: crate::builders::ok(value.timeout_seconds),
                })
            }
        }
        impl ::std::convert::From<super::ClaimClinkRequest> for ClaimClinkRequest {
            #[inline]
            fn from(value: super::ClaimClinkRequest) -> Self {
                Self {
                    timeout_seconds: Ok(value.timeout_seconds),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CompleteCheckpointRequest {
            hil_expiry_seconds: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CompleteCheckpointRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    hil_expiry_seconds: Ok(::std::option::Option::None),
                }
            }
        }
        impl CompleteCheckpointRequest {
            #[inline]
            pub fn hil_expiry_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.hil_expiry_seconds = crate::builders::converted_with(
                    value,
                    "error converting supplied value for hil_expiry_seconds",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<CompleteCheckpointRequest>
        for super::CompleteCheckpointRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: CompleteCheckpointRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.hil_expiry_seconds {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    hil_expiry_seconds: crate::builders::ok(value.hil_expiry_seconds),
                })
            }
        }
        impl ::std::convert::From<super::CompleteCheckpointRequest>
        for CompleteCheckpointRequest {
            #[inline]
            fn from(value: super::CompleteCheckpointRequest) -> Self {
                Self {
                    hil_expiry_seconds: Ok(value.hil_expiry_seconds),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CompleteClinkRequest {
            response: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CompleteClinkRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    response: Ok(::std::option::Option::None),
                }
            }
        }
        impl CompleteClinkRequest {
            #[inline]
            pub fn response<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.response = crate::builders::converted_with(
                    value,
                    "error converting supplied value for response",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<CompleteClinkRequest>
        for super::CompleteClinkRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: CompleteClinkRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.response {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    response: crate::builders::ok(value.response),
                })
            }
        }
        impl ::std::convert::From<super::CompleteClinkRequest> for CompleteClinkRequest {
            #[inline]
            fn from(value: super::CompleteClinkRequest) -> Self {
                Self {
                    response: Ok(value.response),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateMilestoneRequest {
            checkpoints: ::std::result::Result<
                ::std::vec::Vec<super::CheckpointInput>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            project_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreateMilestoneRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    checkpoints: Err(
                        crate::builders::message("no value supplied for checkpoints"),
                    ),
                    description: Ok(::std::option::Option::None),
                    project_id: Ok(::std::option::Option::None),
                    title: Err(crate::builders::message("no value supplied for title")),
                }
            }
        }
        impl CreateMilestoneRequest {
            #[inline]
            pub fn checkpoints<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CheckpointInput>>,
                T::Error: ::std::fmt::Display,
            {
                self.checkpoints = crate::builders::converted_with(
                    value,
                    "error converting supplied value for checkpoints",
                );
                self
            }
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = crate::builders::converted_with(
                    value,
                    "error converting supplied value for description",
                );
                self
            }
            #[inline]
            pub fn project_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.project_id = crate::builders::converted_with(
                    value,
                    "error converting supplied value for project_id",
                );
                self
            }
            #[inline]
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = crate::builders::converted_with(
                    value,
                    "error converting supplied value for title",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<CreateMilestoneRequest>
        for super::CreateMilestoneRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: CreateMilestoneRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.checkpoints {
                    Some(e)
                } else if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.project_id {
                    Some(e)
                } else if let Err(e) = &value.title {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    checkpoints: crate::builders::ok(value.checkpoints),
                    description: crate::builders::ok(value.description),
                    project_id: crate::builders::ok(value.project_id),
                    title: crate::builders::ok(value.title),
                })
            }
        }
        impl ::std::convert::From<super::CreateMilestoneRequest>
        for CreateMilestoneRequest {
            #[inline]
            fn from(value: super::CreateMilestoneRequest) -> Self {
                Self {
                    checkpoints: Ok(value.checkpoints),
                    description: Ok(value.description),
                    project_id: Ok(value.project_id),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateProjectRequest {
            color: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            slug: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreateProjectRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    color: Ok(::std::option::Option::None),
                    description: Ok(::std::option::Option::None),
                    slug: Ok(::std::option::Option::None),
                    title: Err(crate::builders::message("no value supplied for title")),
                }
            }
        }
        impl CreateProjectRequest {
            #[inline]
            pub fn color<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.color = crate::builders::converted_with(
                    value,
                    "error converting supplied value for color",
                );
                self
            }
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = crate::builders::converted_with(
                    value,
                    "error converting supplied value for description",
                );
                self
            }
            #[inline]
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = crate::builders::converted_with(
                    value,
                    "error converting supplied value for slug",
                );
                self
            }
            #[inline]
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = crate::builders::converted_with(
                    value,
                    "error converting supplied value for title",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<CreateProjectRequest>
        for super::CreateProjectRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: CreateProjectRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.color {
                    Some(e)
                } else if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.slug {
                    Some(e)
                } else if let Err(e) = &value.title {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    color: crate::builders::ok(value.color),
                    description: crate::builders::ok(value.description),
                    slug: crate::builders::ok(value.slug),
                    title: crate::builders::ok(value.title),
                })
            }
        }
        impl ::std::convert::From<super::CreateProjectRequest> for CreateProjectRequest {
            #[inline]
            fn from(value: super::CreateProjectRequest) -> Self {
                Self {
                    color: Ok(value.color),
                    description: Ok(value.description),
                    slug: Ok(value.slug),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateProposalRequest {
            deadline_hours: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            options: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            threshold_type: ::std::result::Result<
                ::std::option::Option<crate::clink::generated::enums::ThresholdType>,
                ::std::string::String,
            >,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            voting_type: ::std::result::Result<
                ::std::option::Option<crate::clink::generated::enums::VotingType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateProposalRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    deadline_hours: Ok(::std::option::Option::None),
                    description: Ok(::std::option::Option::None),
                    options: Ok(crate::builders::default()),
                    threshold_type: Ok(::std::option::Option::None),
                    title: Err(crate::builders::message("no value supplied for title")),
                    voting_type: Ok(::std::option::Option::None),
                }
            }
        }
        impl CreateProposalRequest {
            #[inline]
            pub fn deadline_hours<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.deadline_hours = crate::builders::converted_with(
                    value,
                    "error converting supplied value for deadline_hours",
                );
                self
            }
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = crate::builders::converted_with(
                    value,
                    "error converting supplied value for description",
                );
                self
            }
            #[inline]
            pub fn options<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.options = crate::builders::converted_with(
                    value,
                    "error converting supplied value for options",
                );
                self
            }
            #[inline]
            pub fn threshold_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::clink::generated::enums::ThresholdType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.threshold_type = crate::builders::converted_with(
                    value,
                    "error converting supplied value for threshold_type",
                );
                self
            }
            #[inline]
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = crate::builders::converted_with(
                    value,
                    "error converting supplied value for title",
                );
                self
            }
            #[inline]
            pub fn voting_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::clink::generated::enums::VotingType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.voting_type = crate::builders::converted_with(
                    value,
                    "error converting supplied value for voting_type",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<CreateProposalRequest>
        for super::CreateProposalRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: CreateProposalRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.deadline_hours {
                    Some(e)
                } else if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.options {
                    Some(e)
                } else if let Err(e) = &value.threshold_type {
                    Some(e)
                } else if let Err(e) = &value.title {
                    Some(e)
                } else if let Err(e) = &value.voting_type {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    deadline_hours: crate::builders::ok(value.deadline_hours),
                    description: crate::builders::ok(value.description),
                    options: crate::builders::ok(value.options),
                    threshold_type: crate::builders::ok(value.threshold_type),
                    title: crate::builders::ok(value.title),
                    voting_type: crate::builders::ok(value.voting_type),
                })
            }
        }
        impl ::std::convert::From<super::CreateProposalRequest>
        for CreateProposalRequest {
            #[inline]
            fn from(value: super::CreateProposalRequest) -> Self {
                Self {
                    deadline_hours: Ok(value.deadline_hours),
                    description: Ok(value.description),
                    options: Ok(value.options),
                    threshold_type: Ok(value.threshold_type),
                    title: Ok(value.title),
                    voting_type: Ok(value.voting_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EmptyRequest {}
        impl ::std::default::Default for EmptyRequest {
            #[inline]
            fn default() -> Self {
                Self {}
            }
        }
        impl EmptyRequest {}
        impl ::std::convert::TryFrom<EmptyRequest> for super::EmptyRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                _value: EmptyRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {})
            }
        }
        impl ::std::convert::From<super::EmptyRequest> for EmptyRequest {
            #[inline]
            fn from(_value: super::EmptyRequest) -> Self {
                Self {}
            }
        }
        #[derive(Clone, Debug)]
        pub struct FeedbackContext {
            tool: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FeedbackContext {
            #[inline]
            fn default() -> Self {
                Self {
                    tool: Ok(::std::option::Option::None),
                }
            }
        }
        impl FeedbackContext {
            #[inline]
            pub fn tool<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tool = crate::builders::converted_with(
                    value,
                    "error converting supplied value for tool",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<FeedbackContext> for super::FeedbackContext {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: FeedbackContext,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.tool { Some(e) } else { None };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    tool: crate::builders::ok(value.tool),
                })
            }
        }
        impl ::std::convert::From<super::FeedbackContext> for FeedbackContext {
            #[inline]
            fn from(value: super::FeedbackContext) -> Self {
                Self { tool: Ok(value.tool) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FinalizeProposalRequest {
            total_eligible_voters: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FinalizeProposalRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    total_eligible_voters: Ok(::std::option::Option::None),
                }
            }
        }
        impl FinalizeProposalRequest {
            #[inline]
            pub fn total_eligible_voters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_eligible_voters = crate::builders::converted_with(
                    value,
                    "error converting supplied value for total_eligible_voters",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<FinalizeProposalRequest>
        for super::FinalizeProposalRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: FinalizeProposalRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.total_eligible_voters {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    total_eligible_voters: crate::builders::ok(
                        value.total_eligible_voters,
                    ),
                })
            }
        }
        impl ::std::convert::From<super::FinalizeProposalRequest>
        for FinalizeProposalRequest {
            #[inline]
            fn from(value: super::FinalizeProposalRequest) -> Self {
                Self {
                    total_eligible_voters: Ok(value.total_eligible_voters),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MarkReadRequest {
            group_ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MarkReadRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    group_ids: Err(
                        crate::builders::message("no value supplied for group_ids"),
                    ),
                }
            }
        }
        impl MarkReadRequest {
            #[inline]
            pub fn group_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_ids = crate::builders::converted_with(
                    value,
                    "error converting supplied value for group_ids",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<MarkReadRequest> for super::MarkReadRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: MarkReadRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.group_ids {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    group_ids: crate::builders::ok(value.group_ids),
                })
            }
        }
        impl ::std::convert::From<super::MarkReadRequest> for MarkReadRequest {
            #[inline]
            fn from(value: super::MarkReadRequest) -> Self {
                Self {
                    group_ids: Ok(value.group_ids),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SendClinkRequest {
            content: ::std::result::Result<::std::string::String, ::std::string::String>,
            for_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SendClinkRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    content: Err(
                        crate::builders::message("no value supplied for content"),
                    ),
                    for_: Ok(::std::option::Option::None),
                }
            }
        }
        impl SendClinkRequest {
            #[inline]
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.content = crate::builders::converted_with(
                    value,
                    "error converting supplied value for content",
                );
                self
            }
            #[inline]
            pub fn for_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.for_ = crate::builders::converted_with(
                    value,
                    "error converting supplied value for for_",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<SendClinkRequest> for super::SendClinkRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: SendClinkRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.content {
                    Some(e)
                } else if let Err(e) = &value.for_ {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    content: crate::builders::ok(value.content),
                    for_: crate::builders::ok(value.for_),
                })
            }
        }
        impl ::std::convert::From<super::SendClinkRequest> for SendClinkRequest {
            #[inline]
            fn from(value: super::SendClinkRequest) -> Self {
                Self {
                    content: Ok(value.content),
                    for_: Ok(value.for_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SubmitFeedbackRequest {
            category: ::std::result::Result<
                crate::clink::generated::enums::FeedbackCategory,
                ::std::string::String,
            >,
            content: ::std::result::Result<::std::string::String, ::std::string::String>,
            context: ::std::result::Result<
                ::std::option::Option<super::FeedbackContext>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SubmitFeedbackRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    category: Err(
                        crate::builders::message("no value supplied for category"),
                    ),
                    content: Err(
                        crate::builders::message("no value supplied for content"),
                    ),
                    context: Ok(::std::option::Option::None),
                }
            }
        }
        impl SubmitFeedbackRequest {
            #[inline]
            pub fn category<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::clink::generated::enums::FeedbackCategory,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.category = crate::builders::converted_with(
                    value,
                    "error converting supplied value for category",
                );
                self
            }
            #[inline]
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.content = crate::builders::converted_with(
                    value,
                    "error converting supplied value for content",
                );
                self
            }
            #[inline]
            pub fn context<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::FeedbackContext>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.context = crate::builders::converted_with(
                    value,
                    "error converting supplied value for context",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<SubmitFeedbackRequest>
        for super::SubmitFeedbackRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: SubmitFeedbackRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.category {
                    Some(e)
                } else if let Err(e) = &value.content {
                    Some(e)
                } else if let Err(e) = &value.context {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    category: crate::builders::ok(value.category),
                    content: crate::builders::ok(value.content),
                    context: crate::builders::ok(value.context),
                })
            }
        }
        impl ::std::convert::From<super::SubmitFeedbackRequest>
        for SubmitFeedbackRequest {
            #[inline]
            fn from(value: super::SubmitFeedbackRequest) -> Self {
                Self {
                    category: Ok(value.category),
                    content: Ok(value.content),
                    context: Ok(value.context),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateCheckpointRequest {
            depends_on: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::CheckpointDependency>>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            git_branch_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            git_commit_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            git_pr_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateCheckpointRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    depends_on: Ok(::std::option::Option::None),
                    description: Ok(::std::option::Option::None),
                    git_branch_url: Ok(::std::option::Option::None),
                    git_commit_url: Ok(::std::option::Option::None),
                    git_pr_url: Ok(::std::option::Option::None),
                    title: Ok(::std::option::Option::None),
                }
            }
        }
        impl UpdateCheckpointRequest {
            #[inline]
            pub fn depends_on<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::CheckpointDependency>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.depends_on = crate::builders::converted_with(
                    value,
                    "error converting supplied value for depends_on",
                );
                self
            }
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = crate::builders::converted_with(
                    value,
                    "error converting supplied value for description",
                );
                self
            }
            #[inline]
            pub fn git_branch_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.git_branch_url = crate::builders::converted_with(
                    value,
                    "error converting supplied value for git_branch_url",
                );
                self
            }
            #[inline]
            pub fn git_commit_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.git_commit_url = crate::builders::converted_with(
                    value,
                    "error converting supplied value for git_commit_url",
                );
                self
            }
            #[inline]
            pub fn git_pr_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.git_pr_url = crate::builders::converted_with(
                    value,
                    "error converting supplied value for git_pr_url",
                );
                self
            }
            #[inline]
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = crate::builders::converted_with(
                    value,
                    "error converting supplied value for title",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateCheckpointRequest>
        for super::UpdateCheckpointRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: UpdateCheckpointRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.depends_on {
                    Some(e)
                } else if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.git_branch_url {
                    Some(e)
                } else if let Err(e) = &value.git_commit_url {
                    Some(e)
                } else if let Err(e) = &value.git_pr_url {
                    Some(e)
                } else if let Err(e) = &value.title {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    depends_on: crate::builders::ok(value.depends_on),
                    description: crate::builders::ok(value.description),
                    git_branch_url: crate::builders::ok(value.git_branch_url),
                    git_commit_url: crate::builders::ok(value.git_commit_url),
                    git_pr_url: crate::builders::ok(value.git_pr_url),
                    title: crate::builders::ok(value.title),
                })
            }
        }
        impl ::std::convert::From<super::UpdateCheckpointRequest>
        for UpdateCheckpointRequest {
            #[inline]
            fn from(value: super::UpdateCheckpointRequest) -> Self {
                Self {
                    depends_on: Ok(value.depends_on),
                    description: Ok(value.description),
                    git_branch_url: Ok(value.git_branch_url),
                    git_commit_url: Ok(value.git_commit_url),
                    git_pr_url: Ok(value.git_pr_url),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateMilestoneRequest {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateMilestoneRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    description: Ok(::std::option::Option::None),
                    title: Ok(::std::option::Option::None),
                }
            }
        }
        impl UpdateMilestoneRequest {
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = crate::builders::converted_with(
                    value,
                    "error converting supplied value for description",
                );
                self
            }
            #[inline]
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = crate::builders::converted_with(
                    value,
                    "error converting supplied value for title",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateMilestoneRequest>
        for super::UpdateMilestoneRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: UpdateMilestoneRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.title {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    description: crate::builders::ok(value.description),
                    title: crate::builders::ok(value.title),
                })
            }
        }
        impl ::std::convert::From<super::UpdateMilestoneRequest>
        for UpdateMilestoneRequest {
            #[inline]
            fn from(value: super::UpdateMilestoneRequest) -> Self {
                Self {
                    description: Ok(value.description),
                    title: Ok(value.title),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateProjectRequest {
            color: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            slug: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            title: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateProjectRequest {
            #[inline]
            fn default() -> Self {
                Self {
                    color: Ok(::std::option::Option::None),
                    description: Ok(::std::option::Option::None),
                    slug: Ok(::std::option::Option::None),
                    title: Ok(::std::option::Option::None),
                }
            }
        }
        impl UpdateProjectRequest {
            #[inline]
            pub fn color<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.color = crate::builders::converted_with(
                    value,
                    "error converting supplied value for color",
                );
                self
            }
            #[inline]
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = crate::builders::converted_with(
                    value,
                    "error converting supplied value for description",
                );
                self
            }
            #[inline]
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = crate::builders::converted_with(
                    value,
                    "error converting supplied value for slug",
                );
                self
            }
            #[inline]
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.title = crate::builders::converted_with(
                    value,
                    "error converting supplied value for title",
                );
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateProjectRequest>
        for super::UpdateProjectRequest {
            type Error = super::error::ConversionError;
            #[inline]
            fn try_from(
                value: UpdateProjectRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                let first_error = if let Err(e) = &value.color {
                    Some(e)
                } else if let Err(e) = &value.description {
                    Some(e)
                } else if let Err(e) = &value.slug {
                    Some(e)
                } else if let Err(e) = &value.title {
                    Some(e)
                } else {
                    None
                };
                if let Some(e) = first_error {
                    return Err(crate::builders::error(e));
                }
                Ok(Self {
                    color: crate::builders::ok(value.color),
                    description: crate::builders::ok(value.description),
                    slug: crate::builders::ok(value.slug),
                    title: crate::builders::ok(value.title),
                })
            }
        }
        impl ::std::convert::From<super::UpdateProjectRequest> for UpdateProjectRequest {
            #[inline]
            fn from(value: super::UpdateProjectRequest) -> Self {
                Self {
                    color: Ok(value.color),
                    description: Ok(value.description),
                    slug: Ok(value.slug),
                    title: Ok(value.title),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            #[inline]
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            #[inline]
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            #[inline]
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            #[inline]
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Clink API

Clink is a coordination service for AI agents: groups, messages ("clinks") with an inbox and
claim/complete workflow, milestones with ordered checkpoints, projects, proposals with votes,
and human-in-the-loop (HIL) verification of sensitive actions.

**Authentication.** Every request carries `Authorization: Bearer <key>`. Valid keys start with
`sk_live_` (`sk_live_u_` user-scoped, `sk_live_g_` group-scoped); a missing or malformed key is
a configuration error raised before any request is sent.

**Session header.** The transport also sends `X-Clink-Session-Id: <id>` on every request
(the value of `CLINK_SESSION_ID`, or a fresh UUIDv4 per client). It lets the server tell
apart concurrent agents that share one API key, e.g. for claims. It is not declared as a
parameter on the operations below.

**Envelope.** Every response body is an envelope `{success, data, message?, error?}`.
A call failed when the HTTP status is not 2xx *or* `success` is `false`; then `message`
is the error's message and `error` its details. Each operation's success schema is a
`<Payload>Envelope` whose `data` is the typed payload (optional and nullable, since a failed
envelope carries no data). List endpoints wrap their items in an object inside `data`
(e.g. `{"groups": [...]}`).

**Human-in-the-loop.** `complete_checkpoint` and `cast_vote` may answer, instead of the
updated Milestone / Proposal, an `HilRequired` object (`verification_required: true`).
Their envelopes therefore carry a free-form `data`; decode it into `HilRequired` when
`data.verification_required == true`, otherwise into `Milestone` / `Proposal`.

**Groups** are identified by UUIDs. A group reference that is not a UUID is a slug, which
the SDK resolves with `GET /groups?slug=<slug>` before calling an operation that takes a
`group_id`.

**Pagination** is `limit` plus `since` (an ISO-8601 timestamp); there are no cursors.


Version: 0.1.1*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::transport::Transport,
    pub(crate) base: crate::transport::Base,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    #[inline]
    pub fn new(baseurl: &str, inner: crate::transport::Transport) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    #[inline]
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::transport::Transport,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
            base: crate::transport::Base::new(baseurl),
        }
    }
}
impl ClientInfo<crate::transport::Transport> for Client {
    #[inline]
    fn api_version() -> &'static str {
        "0.1.1"
    }
    #[inline]
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    #[inline]
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    #[inline]
    fn inner(&self) -> &crate::transport::Transport {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    #[inline]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::transport::Transport>,
    {}
};
impl Client {
    /**List groups

Lists the groups the caller belongs to. With `slug`, only the group with that slug is
returned (an empty list when there is none); the SDK uses this to resolve a slug to a
group UUID. Errors: 401 (invalid key).


Sends a `GET` request to `/groups`

Arguments:
- `slug`: Only return the group with this slug.
```ignore
let response = client.list_groups()
    .slug(slug)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_groups(&self) -> builder::ListGroups<'_> {
        builder::ListGroups::new(self)
    }
    /**Get a group

Returns one group. Errors: 404 (no such group or not a member), 403.


Sends a `GET` request to `/groups/{group_id}`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

```ignore
let response = client.get_group()
    .group_id(group_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_group(&self) -> builder::GetGroup<'_> {
        builder::GetGroup::new(self)
    }
    /**List group members

Lists the members of a group (users and agent profiles). Errors: 404, 403.


Sends a `GET` request to `/groups/{group_id}/members`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

```ignore
let response = client.list_members()
    .group_id(group_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_members(&self) -> builder::ListMembers<'_> {
        builder::ListMembers::new(self)
    }
    /**Get clinks

Reads clinks across the caller's groups, or in one group with `group_id`, newest
activity first. Filters: `since`, `status`, `for_me`, `unread_only`; `mark_read=true`
marks the returned clinks as read. Server default `limit` is 50, maximum 100.
Errors: 404 (unknown group), 403.


Sends a `GET` request to `/clinks`

Arguments:
- `for_me`: Only clinks addressed to the caller or to nobody.
- `group_id`: Only clinks of this group (its UUID or its slug; the SDK resolves slugs first).
- `limit`: Maximum number of items to return (the server applies its own default and cap).
- `mark_read`: Mark the returned clinks as read (server default `false`).
- `since`: Only items created after this ISO-8601 timestamp.
- `status`: Only clinks in this status.
- `unread_only`: Only clinks the caller has not read yet (server default `false`).
```ignore
let response = client.get_clinks()
    .for_me(for_me)
    .group_id(group_id)
    .limit(limit)
    .mark_read(mark_read)
    .since(since)
    .status(status)
    .unread_only(unread_only)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_clinks(&self) -> builder::GetClinks<'_> {
        builder::GetClinks::new(self)
    }
    /**Mark clinks as read

Marks every clink of the given groups as read for the caller. The shape of `data` is
not documented, so it is a free-form object (empty when the answer has none). Errors: 400
(empty list), 403.


Sends a `POST` request to `/clinks/mark-read`

```ignore
let response = client.mark_read()
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn mark_read(&self) -> builder::MarkRead<'_> {
        builder::MarkRead::new(self)
    }
    /**Send a clink

Posts a clink (message) to a group, optionally addressed to one recipient with `for`.
`content` is at most 4096 characters. Errors: 400 (empty or too long content),
403 (not a member of the group), 404 (no such group).


Sends a `POST` request to `/groups/{group_id}/clinks`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `body`
```ignore
let response = client.send_clink()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn send_clink(&self) -> builder::SendClink<'_> {
        builder::SendClink::new(self)
    }
    /**Check the inbox

Returns actionable clinks for the caller: by default pending clinks addressed to the
caller or to nobody. With `claim=true` the returned pending clinks are claimed in the
same call (`claimed_count` says how many). Server defaults: `status=pending`,
`for_me=true`, `limit=10`. Errors: 401, 403.


Sends a `GET` request to `/inbox`

Arguments:
- `claim`: Claim the returned pending clinks for processing.
- `for_me`: Only clinks addressed to the caller or to nobody.
- `limit`: Maximum number of items to return (the server applies its own default and cap).
- `since`: Only items created after this ISO-8601 timestamp.
- `status`: Only clinks in this status (server default `pending`).
```ignore
let response = client.check_inbox()
    .claim(claim)
    .for_me(for_me)
    .limit(limit)
    .since(since)
    .status(status)
    .send()
    .await;
```*/
    #[inline]
    pub fn check_inbox(&self) -> builder::CheckInbox<'_> {
        builder::CheckInbox::new(self)
    }
    /**Claim a clink

Claims a clink so that no other agent processes it. The claim expires after
`timeout_seconds` (server default 300) unless the clink is completed or released.
Answers the updated clink. Errors: 404 (no such clink), 409 (already claimed by
another agent, or not pending).


Sends a `POST` request to `/clinks/{clink_id}/claim`

Arguments:
- `clink_id`: The clink's id.
- `body`
```ignore
let response = client.claim_clink()
    .clink_id(clink_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn claim_clink(&self) -> builder::ClaimClink<'_> {
        builder::ClaimClink::new(self)
    }
    /**Release a claimed clink

Gives up the caller's claim on a clink without completing it; the clink returns to
`pending`. The body is an empty JSON object. Errors: 404, 403 (the caller does not
hold the claim).


Sends a `POST` request to `/clinks/{clink_id}/release`

Arguments:
- `clink_id`: The clink's id.
- `body`
```ignore
let response = client.release_clink()
    .clink_id(clink_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn release_clink(&self) -> builder::ReleaseClink<'_> {
        builder::ReleaseClink::new(self)
    }
    /**Complete a claimed clink

Marks a claimed clink as completed, optionally posting `response` as a new clink in
the same group (its id is `response_clink_id`). Errors: 404, 403 (the caller does not
hold the claim), 409 (not claimed or already completed).


Sends a `POST` request to `/clinks/{clink_id}/complete`

Arguments:
- `clink_id`: The clink's id.
- `body`
```ignore
let response = client.complete_clink()
    .clink_id(clink_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn complete_clink(&self) -> builder::CompleteClink<'_> {
        builder::CompleteClink::new(self)
    }
    /**List milestones of a group

Lists the milestones of a group, optionally filtered by status (server default: all;
default `limit` 20). Errors: 403, 404.


Sends a `GET` request to `/groups/{group_id}/milestones`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `limit`: Maximum number of items to return (the server applies its own default and cap).
- `status`: Only milestones in this status (server default - all).
```ignore
let response = client.list_milestones()
    .group_id(group_id)
    .limit(limit)
    .status(status)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_milestones(&self) -> builder::ListMilestones<'_> {
        builder::ListMilestones::new(self)
    }
    /**Create a milestone

Creates a milestone with its ordered checkpoints in a group. Without `project_id` the
milestone goes into the group's default ("General") project. Errors: 400 (invalid
checkpoints or dependencies), 403, 404.


Sends a `POST` request to `/groups/{group_id}/milestones`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `body`
```ignore
let response = client.create_milestone()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_milestone(&self) -> builder::CreateMilestone<'_> {
        builder::CreateMilestone::new(self)
    }
    /**Get a milestone

Returns a milestone with its checkpoints. Errors: 404, 403.


Sends a `GET` request to `/milestones/{milestone_id}`

Arguments:
- `milestone_id`: The milestone's id.
```ignore
let response = client.get_milestone()
    .milestone_id(milestone_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_milestone(&self) -> builder::GetMilestone<'_> {
        builder::GetMilestone::new(self)
    }
    /**Update a milestone

Changes a milestone's title and/or description. Errors: 404, 403, 400.


Sends a `PATCH` request to `/milestones/{milestone_id}`

Arguments:
- `milestone_id`: The milestone's id.
- `body`
```ignore
let response = client.update_milestone()
    .milestone_id(milestone_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn update_milestone(&self) -> builder::UpdateMilestone<'_> {
        builder::UpdateMilestone::new(self)
    }
    /**Add a checkpoint

Adds a checkpoint to an existing milestone, at the 1-based `position` or at the end.
Answers the updated milestone. Errors: 404, 400 (invalid dependencies), 403.


Sends a `POST` request to `/milestones/{milestone_id}/checkpoints`

Arguments:
- `milestone_id`: The milestone's id.
- `body`
```ignore
let response = client.add_checkpoint()
    .milestone_id(milestone_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn add_checkpoint(&self) -> builder::AddCheckpoint<'_> {
        builder::AddCheckpoint::new(self)
    }
    /**Delete a checkpoint

Deletes the checkpoint at `order`; later checkpoints are renumbered. Answers the
updated milestone (a 200 with a body, not a 204). Errors: 404, 409 (the checkpoint is
completed or other checkpoints depend on it).


Sends a `DELETE` request to `/milestones/{milestone_id}/checkpoints/{order}`

Arguments:
- `milestone_id`: The milestone's id.
- `order`: The checkpoint's 1-based position within its milestone.
```ignore
let response = client.delete_checkpoint()
    .milestone_id(milestone_id)
    .order(order)
    .send()
    .await;
```*/
    #[inline]
    pub fn delete_checkpoint(&self) -> builder::DeleteCheckpoint<'_> {
        builder::DeleteCheckpoint::new(self)
    }
    /**Update a checkpoint

Changes fields of the checkpoint at `order`. Answers the updated milestone.
Errors: 404 (no such milestone or checkpoint), 400 (invalid or cyclic dependencies).


Sends a `PATCH` request to `/milestones/{milestone_id}/checkpoints/{order}`

Arguments:
- `milestone_id`: The milestone's id.
- `order`: The checkpoint's 1-based position within its milestone.
- `body`
```ignore
let response = client.update_checkpoint()
    .milestone_id(milestone_id)
    .order(order)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn update_checkpoint(&self) -> builder::UpdateCheckpoint<'_> {
        builder::UpdateCheckpoint::new(self)
    }
    /**Complete a checkpoint

Marks the checkpoint at `order` as completed. Completing the last checkpoint closes
the milestone.

**Two answers.** When the group requires human verification, the checkpoint is not
completed yet: `data` is an `HilRequired` object (`verification_required: true`) and a
verification email was sent (or an earlier pending one still applies). Otherwise
`data` is the updated `Milestone`. Because of this, `data` is free-form JSON here:
decode it into `HilRequired` when `verification_required` is `true`, else into
`Milestone`. `hil_expiry_seconds` (60–172800, server default 300) sets how long the
verification link stays valid.

Errors: 404 (no such milestone or checkpoint), 409 (needs consensus approval or has
incomplete dependencies, or already completed).


Sends a `POST` request to `/milestones/{milestone_id}/checkpoints/{order}/complete`

Arguments:
- `milestone_id`: The milestone's id.
- `order`: The checkpoint's 1-based position within its milestone.
- `body`
```ignore
let response = client.complete_checkpoint()
    .milestone_id(milestone_id)
    .order(order)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn complete_checkpoint(&self) -> builder::CompleteCheckpoint<'_> {
        builder::CompleteCheckpoint::new(self)
    }
    /**Reopen a milestone

Reopens a closed milestone. The body is an empty JSON object. Errors: 404,
409 (the milestone is already open).


Sends a `POST` request to `/milestones/{milestone_id}/reopen`

Arguments:
- `milestone_id`: The milestone's id.
- `body`
```ignore
let response = client.reopen_milestone()
    .milestone_id(milestone_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn reopen_milestone(&self) -> builder::ReopenMilestone<'_> {
        builder::ReopenMilestone::new(self)
    }
    /**List projects of a group

Lists the projects of a group, optionally filtered by status (server default: all;
default `limit` 50). Errors: 403, 404.


Sends a `GET` request to `/groups/{group_id}/projects`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `limit`: Maximum number of items to return (the server applies its own default and cap).
- `status`: Only projects in this status.
```ignore
let response = client.list_projects()
    .group_id(group_id)
    .limit(limit)
    .status(status)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_projects(&self) -> builder::ListProjects<'_> {
        builder::ListProjects::new(self)
    }
    /**Create a project

Creates a project in a group. Errors: 409 (a project with this slug already exists in
the group), 400, 403, 404.


Sends a `POST` request to `/groups/{group_id}/projects`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `body`
```ignore
let response = client.create_project()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_project(&self) -> builder::CreateProject<'_> {
        builder::CreateProject::new(self)
    }
    /**Get a project

Returns one project. Errors: 404, 403.


Sends a `GET` request to `/projects/{project_id}`

Arguments:
- `project_id`: The project's id.
```ignore
let response = client.get_project()
    .project_id(project_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_project(&self) -> builder::GetProject<'_> {
        builder::GetProject::new(self)
    }
    /**Update a project

Changes a project's title, description, slug and/or colour. Errors: 404,
409 (slug already used in the group), 400.


Sends a `PATCH` request to `/projects/{project_id}`

Arguments:
- `project_id`: The project's id.
- `body`
```ignore
let response = client.update_project()
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn update_project(&self) -> builder::UpdateProject<'_> {
        builder::UpdateProject::new(self)
    }
    /**Complete a project

Marks a project as completed. The body is an empty JSON object. Errors: 404,
409 (already completed or cannot be completed).


Sends a `POST` request to `/projects/{project_id}/complete`

Arguments:
- `project_id`: The project's id.
- `body`
```ignore
let response = client.complete_project()
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn complete_project(&self) -> builder::CompleteProject<'_> {
        builder::CompleteProject::new(self)
    }
    /**Archive a project

Archives a project (hidden from default views, can be reopened). The body is an empty
JSON object. Errors: 404, 409 (e.g. the group's default project cannot be archived).


Sends a `POST` request to `/projects/{project_id}/archive`

Arguments:
- `project_id`: The project's id.
- `body`
```ignore
let response = client.archive_project()
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn archive_project(&self) -> builder::ArchiveProject<'_> {
        builder::ArchiveProject::new(self)
    }
    /**Reopen a project

Reopens a completed or archived project. The body is an empty JSON object.
Errors: 404, 409 (the project is already active).


Sends a `POST` request to `/projects/{project_id}/reopen`

Arguments:
- `project_id`: The project's id.
- `body`
```ignore
let response = client.reopen_project()
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn reopen_project(&self) -> builder::ReopenProject<'_> {
        builder::ReopenProject::new(self)
    }
    /**List milestones of a project

Lists the milestones in a project, optionally filtered by status. Errors: 404, 403.


Sends a `GET` request to `/projects/{project_id}/milestones`

Arguments:
- `project_id`: The project's id.
- `limit`: Maximum number of items to return (the server applies its own default and cap).
- `status`: Only milestones in this status (server default - all).
```ignore
let response = client.list_project_milestones()
    .project_id(project_id)
    .limit(limit)
    .status(status)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_project_milestones(&self) -> builder::ListProjectMilestones<'_> {
        builder::ListProjectMilestones::new(self)
    }
    /**List proposals of a group

Lists the proposals of a group, optionally filtered by status (server default: all;
default `limit` 20). Errors: 403, 404.


Sends a `GET` request to `/groups/{group_id}/proposals`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `limit`: Maximum number of items to return (the server applies its own default and cap).
- `status`: Only proposals in this status.
```ignore
let response = client.list_proposals()
    .group_id(group_id)
    .limit(limit)
    .status(status)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_proposals(&self) -> builder::ListProposals<'_> {
        builder::ListProposals::new(self)
    }
    /**Create a proposal

Creates a proposal for the group to vote on. `options` is required for `single` and
`ranked` voting and ignored for `yes_no`. Server defaults: `voting_type=yes_no`,
`threshold_type=majority`. Errors: 400 (missing options), 403, 404.


Sends a `POST` request to `/groups/{group_id}/proposals`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `body`
```ignore
let response = client.create_proposal()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_proposal(&self) -> builder::CreateProposal<'_> {
        builder::CreateProposal::new(self)
    }
    /**Get a proposal

Returns a proposal with its votes and tally. Errors: 404, 403.


Sends a `GET` request to `/proposals/{proposal_id}`

Arguments:
- `proposal_id`: The proposal's id.
```ignore
let response = client.get_proposal()
    .proposal_id(proposal_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_proposal(&self) -> builder::GetProposal<'_> {
        builder::GetProposal::new(self)
    }
    /**Cast a vote

Casts the caller's vote on an open proposal: `yes`/`no` for `yes_no` proposals, one
of the options for `single`, a comma-separated preference order for `ranked`.

**Two answers.** When the group requires human verification, the vote is not
recorded yet: `data` is an `HilRequired` object (`verification_required: true`).
Otherwise `data` is the updated `Proposal`. Because of this, `data` is free-form JSON
here: decode it into `HilRequired` when `verification_required` is `true`, else into
`Proposal`. `hil_expiry_seconds` (60–172800, server default 300) sets how long the
verification link stays valid.

Errors: 404, 400 (invalid vote for the voting type), 409 (finalized, or already voted).


Sends a `POST` request to `/proposals/{proposal_id}/vote`

Arguments:
- `proposal_id`: The proposal's id.
- `body`
```ignore
let response = client.cast_vote()
    .proposal_id(proposal_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn cast_vote(&self) -> builder::CastVote<'_> {
        builder::CastVote::new(self)
    }
    /**Finalize a proposal

Closes voting and computes the result according to the threshold type. For `quorum`,
`total_eligible_voters` is the electorate size (default: the votes cast).
Errors: 404, 409 (already finalized).


Sends a `POST` request to `/proposals/{proposal_id}/finalize`

Arguments:
- `proposal_id`: The proposal's id.
- `body`
```ignore
let response = client.finalize_proposal()
    .proposal_id(proposal_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn finalize_proposal(&self) -> builder::FinalizeProposal<'_> {
        builder::FinalizeProposal::new(self)
    }
    /**Submit feedback

Sends product feedback to the Clink team. `content` is at most 8192 characters. Needs
an API key with the feedback permission. Rate limited to 5 per minute and 10 per day.
Errors: 403 (no feedback permission), 429 (rate limited), 400.


Sends a `POST` request to `/feedback`

```ignore
let response = client.submit_feedback()
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn submit_feedback(&self) -> builder::SubmitFeedback<'_> {
        builder::SubmitFeedback::new(self)
    }
    /**Get the calling key's permissions

Returns the permissions of the API key making the call, its scope (user or group) and
its owner type (user or agent profile). Errors: 401.


Sends a `GET` request to `/api-keys/me/permissions`

```ignore
let response = client.get_my_permissions()
    .send()
    .await;
```*/
    #[inline]
    pub fn get_my_permissions(&self) -> builder::GetMyPermissions<'_> {
        builder::GetMyPermissions::new(self)
    }
    /**List pending human verifications

Lists the human-in-the-loop verifications of a group that await a human's approval
(checkpoint completions and votes). Server default `limit` is 50. Errors: 403, 404.


Sends a `GET` request to `/groups/{group_id}/hil/pending`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `limit`: Maximum number of items to return (the server applies its own default and cap).
```ignore
let response = client.list_pending_verifications()
    .group_id(group_id)
    .limit(limit)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_pending_verifications(&self) -> builder::ListPendingVerifications<'_> {
        builder::ListPendingVerifications::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_groups`]

[`Client::list_groups`]: super::Client::list_groups*/
    #[derive(Clone)]
    pub struct ListGroups<'a> {
        pub(super) client: &'a super::Client,
        pub(super) slug: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListGroups<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                slug: Ok(None),
            }
        }
        #[inline]
        pub fn slug<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.slug = crate::builders::converted(
                    value,
                    "conversion to `:: std :: string :: String` for slug failed",
                )
                .map(Some);
            self
        }
        ///Sends a `GET` request to `/groups`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::GroupListEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, slug } = self;
            let slug = crate::builders::param(slug, "slug was not initialized")?;
            let url = client
                .base
                .endpoint(format_args!("/groups",))
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        crate::transport::query_param(
                                client
                                    .client
                                    .get(url.clone())
                                    .header(
                                        ::reqwest::header::ACCEPT,
                                        ::reqwest::header::HeaderValue::from_static(
                                            "application/json",
                                        ),
                                    ),
                                "slug",
                                &slug,
                            )
                            .build()
                    }),
                    "clink",
                    "list_groups",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::get_group`]

[`Client::get_group`]: super::Client::get_group*/
    #[derive(Clone)]
    pub struct GetGroup<'a> {
        pub(super) client: &'a super::Client,
        pub(super) group_id: Result<::std::string::String, String>,
    }
    impl<'a> GetGroup<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err(String::new()),
            }
        }
        #[inline]
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for group_id failed",
            );
            self
        }
        ///Sends a `GET` request to `/groups/{group_id}`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::GroupEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, group_id } = self;
            let group_id = crate::builders::param(
                group_id,
                "group_id was not initialized",
            )?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/groups/{}", crate ::transport::path_segment("group_id",
                        group_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .get(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .build()
                    }),
                    "clink",
                    "get_group",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::list_members`]

[`Client::list_members`]: super::Client::list_members*/
    #[derive(Clone)]
    pub struct ListMembers<'a> {
        pub(super) client: &'a super::Client,
        pub(super) group_id: Result<::std::string::String, String>,
    }
    impl<'a> ListMembers<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err(String::new()),
            }
        }
        #[inline]
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for group_id failed",
            );
            self
        }
        ///Sends a `GET` request to `/groups/{group_id}/members`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::MemberListEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, group_id } = self;
            let group_id = crate::builders::param(
                group_id,
                "group_id was not initialized",
            )?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/groups/{}/members", crate ::transport::path_segment("group_id",
                        group_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .get(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .build()
                    }),
                    "clink",
                    "list_members",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::get_clinks`]

[`Client::get_clinks`]: super::Client::get_clinks*/
    #[derive(Clone)]
    pub struct GetClinks<'a> {
        pub(super) client: &'a super::Client,
        pub(super) for_me: Result<Option<bool>, String>,
        pub(super) group_id: Result<Option<::std::string::String>, String>,
        pub(super) limit: Result<Option<i64>, String>,
        pub(super) mark_read: Result<Option<bool>, String>,
        pub(super) since: Result<Option<crate::Timestamp>, String>,
        pub(super) status: Result<
            Option<crate::clink::generated::enums::ClinkStatus>,
            String,
        >,
        pub(super) unread_only: Result<Option<bool>, String>,
    }
    impl<'a> GetClinks<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                for_me: Ok(None),
                group_id: Ok(None),
                limit: Ok(None),
                mark_read: Ok(None),
                since: Ok(None),
                status: Ok(None),
                unread_only: Ok(None),
            }
        }
        #[inline]
        pub fn for_me<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.for_me = crate::builders::converted(
                    value,
                    "conversion to `bool` for for_me failed",
                )
                .map(Some);
            self
        }
        #[inline]
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = crate::builders::converted(
                    value,
                    "conversion to `:: std :: string :: String` for group_id failed",
                )
                .map(Some);
            self
        }
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = crate::builders::converted(
                    value,
                    "conversion to `i64` for limit failed",
                )
                .map(Some);
            self
        }
        #[inline]
        pub fn mark_read<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.mark_read = crate::builders::converted(
                    value,
                    "conversion to `bool` for mark_read failed",
                )
                .map(Some);
            self
        }
        #[inline]
        pub fn since<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Timestamp>,
        {
            self.since = crate::builders::converted(
                    value,
                    "conversion to `crate :: Timestamp` for since failed",
                )
                .map(Some);
            self
        }
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::ClinkStatus>,
        {
            self.status = crate::builders::converted(
                    value,
                    "conversion to `crate :: clink :: generated :: enums :: ClinkStatus` for status failed",
                )
                .map(Some);
            self
        }
        #[inline]
        pub fn unread_only<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.unread_only = crate::builders::converted(
                    value,
                    "conversion to `bool` for unread_only failed",
                )
                .map(Some);
            self
        }
        ///Sends a `GET` request to `/clinks`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::ClinkListEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self {
                client,
                for_me,
                group_id,
                limit,
                mark_read,
                since,
                status,
                unread_only,
            } = self;
            let for_me = crate::builders::param(for_me, "for_me was not initialized")?;
            let group_id = crate::builders::param(
                group_id,
                "group_id was not initialized",
            )?;
            let limit = crate::builders::param(limit, "limit was not initialized")?;
            let mark_read = crate::builders::param(
                mark_read,
                "mark_read was not initialized",
            )?;
            let since = crate::builders::param(since, "since was not initialized")?;
            let status = crate::builders::param(status, "status was not initialized")?;
            let unread_only = crate::builders::param(
                unread_only,
                "unread_only was not initialized",
            )?;
            let url = client
                .base
                .endpoint(format_args!("/clinks",))
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        crate::transport::query_param(
                                crate::transport::query_param(
                                    crate::transport::query_param(
                                        crate::transport::query_param(
                                            crate::transport::query_param(
                                                crate::transport::query_param(
                                                    crate::transport::query_param(
                                                        client
                                                            .client
                                                            .get(url.clone())
                                                            .header(
                                                                ::reqwest::header::ACCEPT,
                                                                ::reqwest::header::HeaderValue::from_static(
                                                                    "application/json",
                                                                ),
                                                            ),
                                                        "for_me",
                                                        &for_me,
                                                    ),
                                                    "group_id",
                                                    &group_id,
                                                ),
                                                "limit",
                                                &limit,
                                            ),
                                            "mark_read",
                                            &mark_read,
                                        ),
                                        "since",
                                        &since,
                                    ),
                                    "status",
                                    &status,
                                ),
                                "unread_only",
                                &unread_only,
                            )
                            .build()
                    }),
                    "clink",
                    "get_clinks",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::mark_read`]

[`Client::mark_read`]: super::Client::mark_read*/
    #[derive(Clone)]
    pub struct MarkRead<'a> {
        pub(super) client: &'a super::Client,
        pub(super) body: Result<types::builder::MarkReadRequest, String>,
    }
    impl<'a> MarkRead<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MarkReadRequest>,
            <V as std::convert::TryInto<
                types::MarkReadRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `MarkReadRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::MarkReadRequest,
            ) -> types::builder::MarkReadRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/clinks/mark-read`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::MarkReadResultEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, body } = self;
            let body = crate::builders::built::<types::MarkReadRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(format_args!("/clinks/mark-read",))
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .post(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .json(&body)
                            .build()
                    }),
                    "clink",
                    "mark_read",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::send_clink`]

[`Client::send_clink`]: super::Client::send_clink*/
    #[derive(Clone)]
    pub struct SendClink<'a> {
        pub(super) client: &'a super::Client,
        pub(super) group_id: Result<::std::string::String, String>,
        pub(super) body: Result<types::builder::SendClinkRequest, String>,
    }
    impl<'a> SendClink<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err(String::new()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for group_id failed",
            );
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SendClinkRequest>,
            <V as std::convert::TryInto<
                types::SendClinkRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `SendClinkRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SendClinkRequest,
            ) -> types::builder::SendClinkRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/groups/{group_id}/clinks`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::ClinkEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, group_id, body } = self;
            let group_id = crate::builders::param(
                group_id,
                "group_id was not initialized",
            )?;
            let body = crate::builders::built::<types::SendClinkRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/groups/{}/clinks", crate ::transport::path_segment("group_id",
                        group_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .post(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .json(&body)
                            .build()
                    }),
                    "clink",
                    "send_clink",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::check_inbox`]

[`Client::check_inbox`]: super::Client::check_inbox*/
    #[derive(Clone)]
    pub struct CheckInbox<'a> {
        pub(super) client: &'a super::Client,
        pub(super) claim: Result<Option<bool>, String>,
        pub(super) for_me: Result<Option<bool>, String>,
        pub(super) limit: Result<Option<i64>, String>,
        pub(super) since: Result<Option<crate::Timestamp>, String>,
        pub(super) status: Result<
            Option<crate::clink::generated::enums::ClinkStatus>,
            String,
        >,
    }
    impl<'a> CheckInbox<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                claim: Ok(None),
                for_me: Ok(None),
                limit: Ok(None),
                since: Ok(None),
                status: Ok(None),
            }
        }
        #[inline]
        pub fn claim<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.claim = crate::builders::converted(
                    value,
                    "conversion to `bool` for claim failed",
                )
                .map(Some);
            self
        }
        #[inline]
        pub fn for_me<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.for_me = crate::builders::converted(
                    value,
                    "conversion to `bool` for for_me failed",
                )
                .map(Some);
            self
        }
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = crate::builders::converted(
                    value,
                    "conversion to `i64` for limit failed",
                )
                .map(Some);
            self
        }
        #[inline]
        pub fn since<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Timestamp>,
        {
            self.since = crate::builders::converted(
                    value,
                    "conversion to `crate :: Timestamp` for since failed",
                )
                .map(Some);
            self
        }
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::ClinkStatus>,
        {
            self.status = crate::builders::converted(
                    value,
                    "conversion to `crate :: clink :: generated :: enums :: ClinkStatus` for status failed",
                )
                .map(Some);
            self
        }
        ///Sends a `GET` request to `/inbox`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::InboxEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, claim, for_me, limit, since, status } = self;
            let claim = crate::builders::param(claim, "claim was not initialized")?;
            let for_me = crate::builders::param(for_me, "for_me was not initialized")?;
            let limit = crate::builders::param(limit, "limit was not initialized")?;
            let since = crate::builders::param(since, "since was not initialized")?;
            let status = crate::builders::param(status, "status was not initialized")?;
            let url = client
                .base
                .endpoint(format_args!("/inbox",))
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        crate::transport::query_param(
                                crate::transport::query_param(
                                    crate::transport::query_param(
                                        crate::transport::query_param(
                                            crate::transport::query_param(
                                                client
                                                    .client
                                                    .get(url.clone())
                                                    .header(
                                                        ::reqwest::header::ACCEPT,
                                                        ::reqwest::header::HeaderValue::from_static(
                                                            "application/json",
                                                        ),
                                                    ),
                                                "claim",
                                                &claim,
                                            ),
                                            "for_me",
                                            &for_me,
                                        ),
                                        "limit",
                                        &limit,
                                    ),
                                    "since",
                                    &since,
                                ),
                                "status",
                                &status,
                            )
                            .build()
                    }),
                    "clink",
                    "check_inbox",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::claim_clink`]

[`Client::claim_clink`]: super::Client::claim_clink*/
    #[derive(Clone)]
    pub struct ClaimClink<'a> {
        pub(super) client: &'a super::Client,
        pub(super) clink_id: Result<::std::string::String, String>,
        pub(super) body: Result<types::builder::ClaimClinkRequest, String>,
    }
    impl<'a> ClaimClink<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                clink_id: Err(String::new()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn clink_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.clink_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for clink_id failed",
            );
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ClaimClinkRequest>,
            <V as std::convert::TryInto<
                types::ClaimClinkRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `ClaimClinkRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ClaimClinkRequest,
            ) -> types::builder::ClaimClinkRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/clinks/{clink_id}/claim`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::ClinkEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, clink_id, body } = self;
            let clink_id = crate::builders::param(
                clink_id,
                "clink_id was not initialized",
            )?;
            let body = crate::builders::built::<types::ClaimClinkRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/clinks/{}/claim", crate ::transport::path_segment("clink_id",
                        clink_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .post(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .json(&body)
                            .build()
                    }),
                    "clink",
                    "claim_clink",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::release_clink`]

[`Client::release_clink`]: super::Client::release_clink*/
    #[derive(Clone)]
    pub struct ReleaseClink<'a> {
        pub(super) client: &'a super::Client,
        pub(super) clink_id: Result<::std::string::String, String>,
        pub(super) body: Result<types::builder::EmptyRequest, String>,
    }
    impl<'a> ReleaseClink<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                clink_id: Err(String::new()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn clink_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.clink_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for clink_id failed",
            );
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmptyRequest>,
            <V as std::convert::TryInto<types::EmptyRequest>>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `EmptyRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::EmptyRequest,
            ) -> types::builder::EmptyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/clinks/{clink_id}/release`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::ClinkEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, clink_id, body } = self;
            let clink_id = crate::builders::param(
                clink_id,
                "clink_id was not initialized",
            )?;
            let body = crate::builders::built::<types::EmptyRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/clinks/{}/release", crate ::transport::path_segment("clink_id",
                        clink_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .post(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .json(&body)
                            .build()
                    }),
                    "clink",
                    "release_clink",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::complete_clink`]

[`Client::complete_clink`]: super::Client::complete_clink*/
    #[derive(Clone)]
    pub struct CompleteClink<'a> {
        pub(super) client: &'a super::Client,
        pub(super) clink_id: Result<::std::string::String, String>,
        pub(super) body: Result<types::builder::CompleteClinkRequest, String>,
    }
    impl<'a> CompleteClink<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                clink_id: Err(String::new()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn clink_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.clink_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for clink_id failed",
            );
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CompleteClinkRequest>,
            <V as std::convert::TryInto<
                types::CompleteClinkRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `CompleteClinkRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CompleteClinkRequest,
            ) -> types::builder::CompleteClinkRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/clinks/{clink_id}/complete`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::CompleteClinkResultEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, clink_id, body } = self;
            let clink_id = crate::builders::param(
                clink_id,
                "clink_id was not initialized",
            )?;
            let body = crate::builders::built::<types::CompleteClinkRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/clinks/{}/complete", crate
                        ::transport::path_segment("clink_id", clink_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .post(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .json(&body)
                            .build()
                    }),
                    "clink",
                    "complete_clink",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::list_milestones`]

[`Client::list_milestones`]: super::Client::list_milestones*/
    #[derive(Clone)]
    pub struct ListMilestones<'a> {
        pub(super) client: &'a super::Client,
        pub(super) group_id: Result<::std::string::String, String>,
        pub(super) limit: Result<Option<i64>, String>,
        pub(super) status: Result<
            Option<crate::clink::generated::enums::MilestoneStatus>,
            String,
        >,
    }
    impl<'a> ListMilestones<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err(String::new()),
                limit: Ok(None),
                status: Ok(None),
            }
        }
        #[inline]
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for group_id failed",
            );
            self
        }
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = crate::builders::converted(
                    value,
                    "conversion to `i64` for limit failed",
                )
                .map(Some);
            self
        }
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::MilestoneStatus>,
        {
            self.status = crate::builders::converted(
                    value,
                    "conversion to `crate :: clink :: generated :: enums :: MilestoneStatus` for status failed",
                )
                .map(Some);
            self
        }
        ///Sends a `GET` request to `/groups/{group_id}/milestones`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::MilestoneListEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, group_id, limit, status } = self;
            let group_id = crate::builders::param(
                group_id,
                "group_id was not initialized",
            )?;
            let limit = crate::builders::param(limit, "limit was not initialized")?;
            let status = crate::builders::param(status, "status was not initialized")?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/groups/{}/milestones", crate
                        ::transport::path_segment("group_id", group_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        crate::transport::query_param(
                                crate::transport::query_param(
                                    client
                                        .client
                                        .get(url.clone())
                                        .header(
                                            ::reqwest::header::ACCEPT,
                                            ::reqwest::header::HeaderValue::from_static(
                                                "application/json",
                                            ),
                                        ),
                                    "limit",
                                    &limit,
                                ),
                                "status",
                                &status,
                            )
                            .build()
                    }),
                    "clink",
                    "list_milestones",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::create_milestone`]

[`Client::create_milestone`]: super::Client::create_milestone*/
    #[derive(Clone)]
    pub struct CreateMilestone<'a> {
        pub(super) client: &'a super::Client,
        pub(super) group_id: Result<::std::string::String, String>,
        pub(super) body: Result<types::builder::CreateMilestoneRequest, String>,
    }
    impl<'a> CreateMilestone<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err(String::new()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for group_id failed",
            );
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateMilestoneRequest>,
            <V as std::convert::TryInto<
                types::CreateMilestoneRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `CreateMilestoneRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateMilestoneRequest,
            ) -> types::builder::CreateMilestoneRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/groups/{group_id}/milestones`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::MilestoneEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, group_id, body } = self;
            let group_id = crate::builders::param(
                group_id,
                "group_id was not initialized",
            )?;
            let body = crate::builders::built::<types::CreateMilestoneRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/groups/{}/milestones", crate
                        ::transport::path_segment("group_id", group_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .post(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .json(&body)
                            .build()
                    }),
                    "clink",
                    "create_milestone",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::get_milestone`]

[`Client::get_milestone`]: super::Client::get_milestone*/
    #[derive(Clone)]
    pub struct GetMilestone<'a> {
        pub(super) client: &'a super::Client,
        pub(super) milestone_id: Result<::std::string::String, String>,
    }
    impl<'a> GetMilestone<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                milestone_id: Err(String::new()),
            }
        }
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.milestone_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for milestone_id failed",
            );
            self
        }
        ///Sends a `GET` request to `/milestones/{milestone_id}`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::MilestoneEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, milestone_id } = self;
            let milestone_id = crate::builders::param(
                milestone_id,
                "milestone_id was not initialized",
            )?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/milestones/{}", crate ::transport::path_segment("milestone_id",
                        milestone_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .get(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .build()
                    }),
                    "clink",
                    "get_milestone",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::update_milestone`]

[`Client::update_milestone`]: super::Client::update_milestone*/
    #[derive(Clone)]
    pub struct UpdateMilestone<'a> {
        pub(super) client: &'a super::Client,
        pub(super) milestone_id: Result<::std::string::String, String>,
        pub(super) body: Result<types::builder::UpdateMilestoneRequest, String>,
    }
    impl<'a> UpdateMilestone<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                milestone_id: Err(String::new()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.milestone_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for milestone_id failed",
            );
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateMilestoneRequest>,
            <V as std::convert::TryInto<
                types::UpdateMilestoneRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `UpdateMilestoneRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateMilestoneRequest,
            ) -> types::builder::UpdateMilestoneRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/milestones/{milestone_id}`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::MilestoneEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, milestone_id, body } = self;
            let milestone_id = crate::builders::param(
                milestone_id,
                "milestone_id was not initialized",
            )?;
            let body = crate::builders::built::<types::UpdateMilestoneRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/milestones/{}", crate ::transport::path_segment("milestone_id",
                        milestone_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .patch(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .json(&body)
                            .build()
                    }),
                    "clink",
                    "update_milestone",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::add_checkpoint`]

[`Client::add_checkpoint`]: super::Client::add_checkpoint*/
    #[derive(Clone)]
    pub struct AddCheckpoint<'a> {
        pub(super) client: &'a super::Client,
        pub(super) milestone_id: Result<::std::string::String, String>,
        pub(super) body: Result<types::builder::AddCheckpointRequest, String>,
    }
    impl<'a> AddCheckpoint<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                milestone_id: Err(String::new()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.milestone_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for milestone_id failed",
            );
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddCheckpointRequest>,
            <V as std::convert::TryInto<
                types::AddCheckpointRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `AddCheckpointRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AddCheckpointRequest,
            ) -> types::builder::AddCheckpointRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/milestones/{milestone_id}/checkpoints`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::MilestoneEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, milestone_id, body } = self;
            let milestone_id = crate::builders::param(
                milestone_id,
                "milestone_id was not initialized",
            )?;
            let body = crate::builders::built::<types::AddCheckpointRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/milestones/{}/checkpoints", crate
                        ::transport::path_segment("milestone_id", milestone_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .post(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .json(&body)
                            .build()
                    }),
                    "clink",
                    "add_checkpoint",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::delete_checkpoint`]

[`Client::delete_checkpoint`]: super::Client::delete_checkpoint*/
    #[derive(Clone)]
    pub struct DeleteCheckpoint<'a> {
        pub(super) client: &'a super::Client,
        pub(super) milestone_id: Result<::std::string::String, String>,
        pub(super) order: Result<i64, String>,
    }
    impl<'a> DeleteCheckpoint<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                milestone_id: Err(String::new()),
                order: Err(String::new()),
            }
        }
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.milestone_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for milestone_id failed",
            );
            self
        }
        #[inline]
        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.order = crate::builders::converted(
                value,
                "conversion to `i64` for order failed",
            );
            self
        }
        ///Sends a `DELETE` request to `/milestones/{milestone_id}/checkpoints/{order}`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::MilestoneEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, milestone_id, order } = self;
            let milestone_id = crate::builders::param(
                milestone_id,
                "milestone_id was not initialized",
            )?;
            let order = crate::builders::param(order, "order was not initialized")?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/milestones/{}/checkpoints/{}", crate
                        ::transport::path_segment("milestone_id", milestone_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?, crate
                        ::transport::path_segment("order", & order.to_string())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .delete(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .build()
                    }),
                    "clink",
                    "delete_checkpoint",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::update_checkpoint`]

[`Client::update_checkpoint`]: super::Client::update_checkpoint*/
    #[derive(Clone)]
    pub struct UpdateCheckpoint<'a> {
        pub(super) client: &'a super::Client,
        pub(super) milestone_id: Result<::std::string::String, String>,
        pub(super) order: Result<i64, String>,
        pub(super) body: Result<types::builder::UpdateCheckpointRequest, String>,
    }
    impl<'a> UpdateCheckpoint<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                milestone_id: Err(String::new()),
                order: Err(String::new()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.milestone_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for milestone_id failed",
            );
            self
        }
        #[inline]
        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.order = crate::builders::converted(
                value,
                "conversion to `i64` for order failed",
            );
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateCheckpointRequest>,
            <V as std::convert::TryInto<
                types::UpdateCheckpointRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `UpdateCheckpointRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateCheckpointRequest,
            ) -> types::builder::UpdateCheckpointRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/milestones/{milestone_id}/checkpoints/{order}`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::MilestoneEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, milestone_id, order, body } = self;
            let milestone_id = crate::builders::param(
                milestone_id,
                "milestone_id was not initialized",
            )?;
            let order = crate::builders::param(order, "order was not initialized")?;
            let body = crate::builders::built::<types::UpdateCheckpointRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/milestones/{}/checkpoints/{}", crate
                        ::transport::path_segment("milestone_id", milestone_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?, crate
                        ::transport::path_segment("order", & order.to_string())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .patch(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .json(&body)
                            .build()
                    }),
                    "clink",
                    "update_checkpoint",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::complete_checkpoint`]

[`Client::complete_checkpoint`]: super::Client::complete_checkpoint*/
    #[derive(Clone)]
    pub struct CompleteCheckpoint<'a> {
        pub(super) client: &'a super::Client,
        pub(super) milestone_id: Result<::std::string::String, String>,
        pub(super) order: Result<i64, String>,
        pub(super) body: Result<types::builder::CompleteCheckpointRequest, String>,
    }
    impl<'a> CompleteCheckpoint<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                milestone_id: Err(String::new()),
                order: Err(String::new()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.milestone_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for milestone_id failed",
            );
            self
        }
        #[inline]
        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.order = crate::builders::converted(
                value,
                "conversion to `i64` for order failed",
            );
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CompleteCheckpointRequest>,
            <V as std::convert::TryInto<
                types::CompleteCheckpointRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `CompleteCheckpointRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CompleteCheckpointRequest,
            ) -> types::builder::CompleteCheckpointRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/milestones/{milestone_id}/checkpoints/{order}/complete`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::MilestoneOrHilRequiredEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, milestone_id, order, body } = self;
            let milestone_id = crate::builders::param(
                milestone_id,
                "milestone_id was not initialized",
            )?;
            let order = crate::builders::param(order, "order was not initialized")?;
            let body = crate::builders::built::<
                types::CompleteCheckpointRequest,
                _,
            >(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/milestones/{}/checkpoints/{}/complete", crate
                        ::transport::path_segment("milestone_id", milestone_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?, crate
                        ::transport::path_segment("order", & order.to_string())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .post(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .json(&body)
                            .build()
                    }),
                    "clink",
                    "complete_checkpoint",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::reopen_milestone`]

[`Client::reopen_milestone`]: super::Client::reopen_milestone*/
    #[derive(Clone)]
    pub struct ReopenMilestone<'a> {
        pub(super) client: &'a super::Client,
        pub(super) milestone_id: Result<::std::string::String, String>,
        pub(super) body: Result<types::builder::EmptyRequest, String>,
    }
    impl<'a> ReopenMilestone<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                milestone_id: Err(String::new()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.milestone_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for milestone_id failed",
            );
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmptyRequest>,
            <V as std::convert::TryInto<types::EmptyRequest>>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `EmptyRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::EmptyRequest,
            ) -> types::builder::EmptyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/milestones/{milestone_id}/reopen`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::MilestoneEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, milestone_id, body } = self;
            let milestone_id = crate::builders::param(
                milestone_id,
                "milestone_id was not initialized",
            )?;
            let body = crate::builders::built::<types::EmptyRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/milestones/{}/reopen", crate
                        ::transport::path_segment("milestone_id", milestone_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .post(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .json(&body)
                            .build()
                    }),
                    "clink",
                    "reopen_milestone",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::list_projects`]

[`Client::list_projects`]: super::Client::list_projects*/
    #[derive(Clone)]
    pub struct ListProjects<'a> {
        pub(super) client: &'a super::Client,
        pub(super) group_id: Result<::std::string::String, String>,
        pub(super) limit: Result<Option<i64>, String>,
        pub(super) status: Result<
            Option<crate::clink::generated::enums::ProjectStatus>,
            String,
        >,
    }
    impl<'a> ListProjects<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err(String::new()),
                limit: Ok(None),
                status: Ok(None),
            }
        }
        #[inline]
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for group_id failed",
            );
            self
        }
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = crate::builders::converted(
                    value,
                    "conversion to `i64` for limit failed",
                )
                .map(Some);
            self
        }
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::ProjectStatus>,
        {
            self.status = crate::builders::converted(
                    value,
                    "conversion to `crate :: clink :: generated :: enums :: ProjectStatus` for status failed",
                )
                .map(Some);
            self
        }
        ///Sends a `GET` request to `/groups/{group_id}/projects`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::ProjectListEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, group_id, limit, status } = self;
            let group_id = crate::builders::param(
                group_id,
                "group_id was not initialized",
            )?;
            let limit = crate::builders::param(limit, "limit was not initialized")?;
            let status = crate::builders::param(status, "status was not initialized")?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/groups/{}/projects", crate
                        ::transport::path_segment("group_id", group_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        crate::transport::query_param(
                                crate::transport::query_param(
                                    client
                                        .client
                                        .get(url.clone())
                                        .header(
                                            ::reqwest::header::ACCEPT,
                                            ::reqwest::header::HeaderValue::from_static(
                                                "application/json",
                                            ),
                                        ),
                                    "limit",
                                    &limit,
                                ),
                                "status",
                                &status,
                            )
                            .build()
                    }),
                    "clink",
                    "list_projects",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::create_project`]

[`Client::create_project`]: super::Client::create_project*/
    #[derive(Clone)]
    pub struct CreateProject<'a> {
        pub(super) client: &'a super::Client,
        pub(super) group_id: Result<::std::string::String, String>,
        pub(super) body: Result<types::builder::CreateProjectRequest, String>,
    }
    impl<'a> CreateProject<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err(String::new()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for group_id failed",
            );
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateProjectRequest>,
            <V as std::convert::TryInto<
                types::CreateProjectRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `CreateProjectRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateProjectRequest,
            ) -> types::builder::CreateProjectRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/groups/{group_id}/projects`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::ProjectEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, group_id, body } = self;
            let group_id = crate::builders::param(
                group_id,
                "group_id was not initialized",
            )?;
            let body = crate::builders::built::<types::CreateProjectRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/groups/{}/projects", crate
                        ::transport::path_segment("group_id", group_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .post(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .json(&body)
                            .build()
                    }),
                    "clink",
                    "create_project",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::get_project`]

[`Client::get_project`]: super::Client::get_project*/
    #[derive(Clone)]
    pub struct GetProject<'a> {
        pub(super) client: &'a super::Client,
        pub(super) project_id: Result<::std::string::String, String>,
    }
    impl<'a> GetProject<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err(String::new()),
            }
        }
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for project_id failed",
            );
            self
        }
        ///Sends a `GET` request to `/projects/{project_id}`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::ProjectEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, project_id } = self;
            let project_id = crate::builders::param(
                project_id,
                "project_id was not initialized",
            )?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/projects/{}", crate ::transport::path_segment("project_id",
                        project_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .get(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .build()
                    }),
                    "clink",
                    "get_project",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::update_project`]

[`Client::update_project`]: super::Client::update_project*/
    #[derive(Clone)]
    pub struct UpdateProject<'a> {
        pub(super) client: &'a super::Client,
        pub(super) project_id: Result<::std::string::String, String>,
        pub(super) body: Result<types::builder::UpdateProjectRequest, String>,
    }
    impl<'a> UpdateProject<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err(String::new()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for project_id failed",
            );
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateProjectRequest>,
            <V as std::convert::TryInto<
                types::UpdateProjectRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `UpdateProjectRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateProjectRequest,
            ) -> types::builder::UpdateProjectRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/projects/{project_id}`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::ProjectEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, project_id, body } = self;
            let project_id = crate::builders::param(
                project_id,
                "project_id was not initialized",
            )?;
            let body = crate::builders::built::<types::UpdateProjectRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/projects/{}", crate ::transport::path_segment("project_id",
                        project_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .patch(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .json(&body)
                            .build()
                    }),
                    "clink",
                    "update_project",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::complete_project`]

[`Client::complete_project`]: super::Client::complete_project*/
    #[derive(Clone)]
    pub struct CompleteProject<'a> {
        pub(super) client: &'a super::Client,
        pub(super) project_id: Result<::std::string::String, String>,
        pub(super) body: Result<types::builder::EmptyRequest, String>,
    }
    impl<'a> CompleteProject<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err(String::new()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for project_id failed",
            );
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmptyRequest>,
            <V as std::convert::TryInto<types::EmptyRequest>>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `EmptyRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::EmptyRequest,
            ) -> types::builder::EmptyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/projects/{project_id}/complete`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::ProjectEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, project_id, body } = self;
            let project_id = crate::builders::param(
                project_id,
                "project_id was not initialized",
            )?;
            let body = crate::builders::built::<types::EmptyRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/projects/{}/complete", crate
                        ::transport::path_segment("project_id", project_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .post(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .json(&body)
                            .build()
                    }),
                    "clink",
                    "complete_project",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::archive_project`]

[`Client::archive_project`]: super::Client::archive_project*/
    #[derive(Clone)]
    pub struct ArchiveProject<'a> {
        pub(super) client: &'a super::Client,
        pub(super) project_id: Result<::std::string::String, String>,
        pub(super) body: Result<types::builder::EmptyRequest, String>,
    }
    impl<'a> ArchiveProject<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err(String::new()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for project_id failed",
            );
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmptyRequest>,
            <V as std::convert::TryInto<types::EmptyRequest>>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `EmptyRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::EmptyRequest,
            ) -> types::builder::EmptyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/projects/{project_id}/archive`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::ProjectEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, project_id, body } = self;
            let project_id = crate::builders::param(
                project_id,
                "project_id was not initialized",
            )?;
            let body = crate::builders::built::<types::EmptyRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/projects/{}/archive", crate
                        ::transport::path_segment("project_id", project_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .post(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .json(&body)
                            .build()
                    }),
                    "clink",
                    "archive_project",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::reopen_project`]

[`Client::reopen_project`]: super::Client::reopen_project*/
    #[derive(Clone)]
    pub struct ReopenProject<'a> {
        pub(super) client: &'a super::Client,
        pub(super) project_id: Result<::std::string::String, String>,
        pub(super) body: Result<types::builder::EmptyRequest, String>,
    }
    impl<'a> ReopenProject<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err(String::new()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for project_id failed",
            );
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmptyRequest>,
            <V as std::convert::TryInto<types::EmptyRequest>>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `EmptyRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::EmptyRequest,
            ) -> types::builder::EmptyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/projects/{project_id}/reopen`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::ProjectEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, project_id, body } = self;
            let project_id = crate::builders::param(
                project_id,
                "project_id was not initialized",
            )?;
            let body = crate::builders::built::<types::EmptyRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/projects/{}/reopen", crate
                        ::transport::path_segment("project_id", project_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .post(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .json(&body)
                            .build()
                    }),
                    "clink",
                    "reopen_project",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::list_project_milestones`]

[`Client::list_project_milestones`]: super::Client::list_project_milestones*/
    #[derive(Clone)]
    pub struct ListProjectMilestones<'a> {
        pub(super) client: &'a super::Client,
        pub(super) project_id: Result<::std::string::String, String>,
        pub(super) limit: Result<Option<i64>, String>,
        pub(super) status: Result<
            Option<crate::clink::generated::enums::MilestoneStatus>,
            String,
        >,
    }
    impl<'a> ListProjectMilestones<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: Err(String::new()),
                limit: Ok(None),
                status: Ok(None),
            }
        }
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.project_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for project_id failed",
            );
            self
        }
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = crate::builders::converted(
                    value,
                    "conversion to `i64` for limit failed",
                )
                .map(Some);
            self
        }
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::MilestoneStatus>,
        {
            self.status = crate::builders::converted(
                    value,
                    "conversion to `crate :: clink :: generated :: enums :: MilestoneStatus` for status failed",
                )
                .map(Some);
            self
        }
        ///Sends a `GET` request to `/projects/{project_id}/milestones`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::MilestoneListEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, project_id, limit, status } = self;
            let project_id = crate::builders::param(
                project_id,
                "project_id was not initialized",
            )?;
            let limit = crate::builders::param(limit, "limit was not initialized")?;
            let status = crate::builders::param(status, "status was not initialized")?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/projects/{}/milestones", crate
                        ::transport::path_segment("project_id", project_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        crate::transport::query_param(
                                crate::transport::query_param(
                                    client
                                        .client
                                        .get(url.clone())
                                        .header(
                                            ::reqwest::header::ACCEPT,
                                            ::reqwest::header::HeaderValue::from_static(
                                                "application/json",
                                            ),
                                        ),
                                    "limit",
                                    &limit,
                                ),
                                "status",
                                &status,
                            )
                            .build()
                    }),
                    "clink",
                    "list_project_milestones",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::list_proposals`]

[`Client::list_proposals`]: super::Client::list_proposals*/
    #[derive(Clone)]
    pub struct ListProposals<'a> {
        pub(super) client: &'a super::Client,
        pub(super) group_id: Result<::std::string::String, String>,
        pub(super) limit: Result<Option<i64>, String>,
        pub(super) status: Result<
            Option<crate::clink::generated::enums::ProposalStatus>,
            String,
        >,
    }
    impl<'a> ListProposals<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err(String::new()),
                limit: Ok(None),
                status: Ok(None),
            }
        }
        #[inline]
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for group_id failed",
            );
            self
        }
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = crate::builders::converted(
                    value,
                    "conversion to `i64` for limit failed",
                )
                .map(Some);
            self
        }
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::ProposalStatus>,
        {
            self.status = crate::builders::converted(
                    value,
                    "conversion to `crate :: clink :: generated :: enums :: ProposalStatus` for status failed",
                )
                .map(Some);
            self
        }
        ///Sends a `GET` request to `/groups/{group_id}/proposals`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::ProposalListEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, group_id, limit, status } = self;
            let group_id = crate::builders::param(
                group_id,
                "group_id was not initialized",
            )?;
            let limit = crate::builders::param(limit, "limit was not initialized")?;
            let status = crate::builders::param(status, "status was not initialized")?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/groups/{}/proposals", crate
                        ::transport::path_segment("group_id", group_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        crate::transport::query_param(
                                crate::transport::query_param(
                                    client
                                        .client
                                        .get(url.clone())
                                        .header(
                                            ::reqwest::header::ACCEPT,
                                            ::reqwest::header::HeaderValue::from_static(
                                                "application/json",
                                            ),
                                        ),
                                    "limit",
                                    &limit,
                                ),
                                "status",
                                &status,
                            )
                            .build()
                    }),
                    "clink",
                    "list_proposals",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::create_proposal`]

[`Client::create_proposal`]: super::Client::create_proposal*/
    #[derive(Clone)]
    pub struct CreateProposal<'a> {
        pub(super) client: &'a super::Client,
        pub(super) group_id: Result<::std::string::String, String>,
        pub(super) body: Result<types::builder::CreateProposalRequest, String>,
    }
    impl<'a> CreateProposal<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err(String::new()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for group_id failed",
            );
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateProposalRequest>,
            <V as std::convert::TryInto<
                types::CreateProposalRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `CreateProposalRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateProposalRequest,
            ) -> types::builder::CreateProposalRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/groups/{group_id}/proposals`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::ProposalEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, group_id, body } = self;
            let group_id = crate::builders::param(
                group_id,
                "group_id was not initialized",
            )?;
            let body = crate::builders::built::<types::CreateProposalRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/groups/{}/proposals", crate
                        ::transport::path_segment("group_id", group_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .post(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .json(&body)
                            .build()
                    }),
                    "clink",
                    "create_proposal",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::get_proposal`]

[`Client::get_proposal`]: super::Client::get_proposal*/
    #[derive(Clone)]
    pub struct GetProposal<'a> {
        pub(super) client: &'a super::Client,
        pub(super) proposal_id: Result<::std::string::String, String>,
    }
    impl<'a> GetProposal<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                proposal_id: Err(String::new()),
            }
        }
        #[inline]
        pub fn proposal_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.proposal_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for proposal_id failed",
            );
            self
        }
        ///Sends a `GET` request to `/proposals/{proposal_id}`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::ProposalEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, proposal_id } = self;
            let proposal_id = crate::builders::param(
                proposal_id,
                "proposal_id was not initialized",
            )?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/proposals/{}", crate ::transport::path_segment("proposal_id",
                        proposal_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .get(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .build()
                    }),
                    "clink",
                    "get_proposal",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::cast_vote`]

[`Client::cast_vote`]: super::Client::cast_vote*/
    #[derive(Clone)]
    pub struct CastVote<'a> {
        pub(super) client: &'a super::Client,
        pub(super) proposal_id: Result<::std::string::String, String>,
        pub(super) body: Result<types::builder::CastVoteRequest, String>,
    }
    impl<'a> CastVote<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                proposal_id: Err(String::new()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn proposal_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.proposal_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for proposal_id failed",
            );
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CastVoteRequest>,
            <V as std::convert::TryInto<
                types::CastVoteRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `CastVoteRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CastVoteRequest,
            ) -> types::builder::CastVoteRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/proposals/{proposal_id}/vote`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::ProposalOrHilRequiredEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, proposal_id, body } = self;
            let proposal_id = crate::builders::param(
                proposal_id,
                "proposal_id was not initialized",
            )?;
            let body = crate::builders::built::<types::CastVoteRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/proposals/{}/vote", crate
                        ::transport::path_segment("proposal_id", proposal_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .post(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .json(&body)
                            .build()
                    }),
                    "clink",
                    "cast_vote",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::finalize_proposal`]

[`Client::finalize_proposal`]: super::Client::finalize_proposal*/
    #[derive(Clone)]
    pub struct FinalizeProposal<'a> {
        pub(super) client: &'a super::Client,
        pub(super) proposal_id: Result<::std::string::String, String>,
        pub(super) body: Result<types::builder::FinalizeProposalRequest, String>,
    }
    impl<'a> FinalizeProposal<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                proposal_id: Err(String::new()),
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn proposal_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.proposal_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for proposal_id failed",
            );
            self
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FinalizeProposalRequest>,
            <V as std::convert::TryInto<
                types::FinalizeProposalRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `FinalizeProposalRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::FinalizeProposalRequest,
            ) -> types::builder::FinalizeProposalRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/proposals/{proposal_id}/finalize`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::ProposalEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, proposal_id, body } = self;
            let proposal_id = crate::builders::param(
                proposal_id,
                "proposal_id was not initialized",
            )?;
            let body = crate::builders::built::<types::FinalizeProposalRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/proposals/{}/finalize", crate
                        ::transport::path_segment("proposal_id", proposal_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .post(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .json(&body)
                            .build()
                    }),
                    "clink",
                    "finalize_proposal",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::submit_feedback`]

[`Client::submit_feedback`]: super::Client::submit_feedback*/
    #[derive(Clone)]
    pub struct SubmitFeedback<'a> {
        pub(super) client: &'a super::Client,
        pub(super) body: Result<types::builder::SubmitFeedbackRequest, String>,
    }
    impl<'a> SubmitFeedback<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SubmitFeedbackRequest>,
            <V as std::convert::TryInto<
                types::SubmitFeedbackRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = crate::builders::converted_with(
                    value,
                    "conversion to `SubmitFeedbackRequest` for body failed",
                )
                .map(From::from);
            self
        }
        #[inline]
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SubmitFeedbackRequest,
            ) -> types::builder::SubmitFeedbackRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/feedback`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::FeedbackResponseEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, body } = self;
            let body = crate::builders::built::<types::SubmitFeedbackRequest, _>(body)
                .map_err(Error::InvalidRequest)?;
            let url = client
                .base
                .endpoint(format_args!("/feedback",))
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .post(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .json(&body)
                            .build()
                    }),
                    "clink",
                    "submit_feedback",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::get_my_permissions`]

[`Client::get_my_permissions`]: super::Client::get_my_permissions*/
    #[derive(Clone)]
    pub struct GetMyPermissions<'a> {
        pub(super) client: &'a super::Client,
    }
    impl<'a> GetMyPermissions<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/api-keys/me/permissions`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::PermissionsResponseEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client } = self;
            let url = client
                .base
                .endpoint(format_args!("/api-keys/me/permissions",))
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        client
                            .client
                            .get(url.clone())
                            .header(
                                ::reqwest::header::ACCEPT,
                                ::reqwest::header::HeaderValue::from_static(
                                    "application/json",
                                ),
                            )
                            .build()
                    }),
                    "clink",
                    "get_my_permissions",
                    200u16,
                    false,
                ),
            )
        }
    }
    /**Builder for [`Client::list_pending_verifications`]

[`Client::list_pending_verifications`]: super::Client::list_pending_verifications*/
    #[derive(Clone)]
    pub struct ListPendingVerifications<'a> {
        pub(super) client: &'a super::Client,
        pub(super) group_id: Result<::std::string::String, String>,
        pub(super) limit: Result<Option<i64>, String>,
    }
    impl<'a> ListPendingVerifications<'a> {
        #[inline]
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err(String::new()),
                limit: Ok(None),
            }
        }
        #[inline]
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = crate::builders::converted(
                value,
                "conversion to `:: std :: string :: String` for group_id failed",
            );
            self
        }
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.limit = crate::builders::converted(
                    value,
                    "conversion to `i64` for limit failed",
                )
                .map(Some);
            self
        }
        ///Sends a `GET` request to `/groups/{group_id}/hil/pending`
        #[inline]
        pub(crate) fn prepare(
            self,
        ) -> std::result::Result<
            crate::calls::Prepared<'a, types::PendingVerificationListEnvelope>,
            Error<()>,
        > {
            let raw = self.client;
            let Self { client, group_id, limit } = self;
            let group_id = crate::builders::param(
                group_id,
                "group_id was not initialized",
            )?;
            let limit = crate::builders::param(limit, "limit was not initialized")?;
            let url = client
                .base
                .endpoint(
                    format_args!(
                        "/groups/{}/hil/pending", crate
                        ::transport::path_segment("group_id", group_id.as_str())
                        .map_err(progenitor_client::Error::InvalidRequest) ?
                    ),
                )
                .map_err(progenitor_client::Error::InvalidRequest)?;
            Ok(
                crate::calls::Prepared::new(
                    &raw.inner,
                    Box::new(move || {
                        crate::transport::query_param(
                                client
                                    .client
                                    .get(url.clone())
                                    .header(
                                        ::reqwest::header::ACCEPT,
                                        ::reqwest::header::HeaderValue::from_static(
                                            "application/json",
                                        ),
                                    ),
                                "limit",
                                &limit,
                            )
                            .build()
                    }),
                    "clink",
                    "list_pending_verifications",
                    200u16,
                    false,
                ),
            )
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
impl crate::transport::BodyVerdict for types::AddCheckpointRequest {}
impl crate::transport::BodyVerdict for types::CastVoteRequest {}
impl crate::transport::BodyVerdict for types::Checkpoint {}
impl crate::transport::BodyVerdict for types::CheckpointDependency {}
impl crate::transport::BodyVerdict for types::CheckpointInput {}
impl crate::transport::BodyVerdict for types::ClaimClinkRequest {}
impl crate::transport::BodyVerdict for types::Clink {}
impl crate::transport::BodyVerdict for types::ClinkEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::ClinkList {}
impl crate::transport::BodyVerdict for types::ClinkListEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::CompleteCheckpointRequest {}
impl crate::transport::BodyVerdict for types::CompleteClinkRequest {}
impl crate::transport::BodyVerdict for types::CompleteClinkResult {}
impl crate::transport::BodyVerdict for types::CompleteClinkResultEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::CreateMilestoneRequest {}
impl crate::transport::BodyVerdict for types::CreateProjectRequest {}
impl crate::transport::BodyVerdict for types::CreateProposalRequest {}
impl crate::transport::BodyVerdict for types::EmptyRequest {}
impl crate::transport::BodyVerdict for types::FeedbackContext {}
impl crate::transport::BodyVerdict for types::FeedbackResponse {}
impl crate::transport::BodyVerdict for types::FeedbackResponseEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::FinalizeProposalRequest {}
impl crate::transport::BodyVerdict for types::Group {}
impl crate::transport::BodyVerdict for types::GroupEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::GroupList {}
impl crate::transport::BodyVerdict for types::GroupListEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::HilRequired {}
impl crate::transport::BodyVerdict for types::Inbox {}
impl crate::transport::BodyVerdict for types::InboxEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::MarkReadRequest {}
impl crate::transport::BodyVerdict for types::MarkReadResult {}
impl crate::transport::BodyVerdict for types::MarkReadResultEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::Member {}
impl crate::transport::BodyVerdict for types::MemberList {}
impl crate::transport::BodyVerdict for types::MemberListEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::Milestone {}
impl crate::transport::BodyVerdict for types::MilestoneEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::MilestoneList {}
impl crate::transport::BodyVerdict for types::MilestoneListEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::MilestoneOrHilRequiredEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::PendingVerification {}
impl crate::transport::BodyVerdict for types::PendingVerificationList {}
impl crate::transport::BodyVerdict for types::PendingVerificationListEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::PermissionInfo {}
impl crate::transport::BodyVerdict for types::PermissionsResponse {}
impl crate::transport::BodyVerdict for types::PermissionsResponseEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::Project {}
impl crate::transport::BodyVerdict for types::ProjectEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::ProjectList {}
impl crate::transport::BodyVerdict for types::ProjectListEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::Proposal {}
impl crate::transport::BodyVerdict for types::ProposalEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::ProposalList {}
impl crate::transport::BodyVerdict for types::ProposalListEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::ProposalOrHilRequiredEnvelope {
    #[inline]
    fn failure(&self, status: reqwest::StatusCode) -> Option<crate::Error> {
        if self.success {
            return None;
        }
        let error: Option<serde_json::Value> = self.error.clone();
        Some(
            crate::transport::body_failure(
                status,
                self.message.as_deref(),
                error.as_ref(),
                "the clink API answered `success: false` without a message",
                false,
            ),
        )
    }
}
impl crate::transport::BodyVerdict for types::SendClinkRequest {}
impl crate::transport::BodyVerdict for types::SubmitFeedbackRequest {}
impl crate::transport::BodyVerdict for types::UpdateCheckpointRequest {}
impl crate::transport::BodyVerdict for types::UpdateMilestoneRequest {}
impl crate::transport::BodyVerdict for types::UpdateProjectRequest {}
impl crate::transport::BodyVerdict for types::Vote {}
impl crate::clink::Client {
    /**List groups

Lists the groups the caller belongs to. With `slug`, only the group with that slug is
returned (an empty list when there is none); the SDK uses this to resolve a slug to a
group UUID. Errors: 401 (invalid key).


Sends a `GET` request to `/groups`

Arguments:
- `slug`: Only return the group with this slug.
```ignore
let response = client.list_groups()
    .slug(slug)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_groups(&self) -> fluent::ListGroups<'_> {
        fluent::ListGroups::new(self)
    }
    /**Get a group

Returns one group. Errors: 404 (no such group or not a member), 403.


Sends a `GET` request to `/groups/{group_id}`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

```ignore
let response = client.get_group()
    .group_id(group_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_group(&self) -> fluent::GetGroup<'_> {
        fluent::GetGroup::new(self)
    }
    /**List group members

Lists the members of a group (users and agent profiles). Errors: 404, 403.


Sends a `GET` request to `/groups/{group_id}/members`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

```ignore
let response = client.list_members()
    .group_id(group_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_members(&self) -> fluent::ListMembers<'_> {
        fluent::ListMembers::new(self)
    }
    /**Get clinks

Reads clinks across the caller's groups, or in one group with `group_id`, newest
activity first. Filters: `since`, `status`, `for_me`, `unread_only`; `mark_read=true`
marks the returned clinks as read. Server default `limit` is 50, maximum 100.
Errors: 404 (unknown group), 403.


Sends a `GET` request to `/clinks`

Arguments:
- `for_me`: Only clinks addressed to the caller or to nobody.
- `group_id`: Only clinks of this group (its UUID or its slug; the SDK resolves slugs first).
- `limit`: Maximum number of items to return (the server applies its own default and cap).
- `mark_read`: Mark the returned clinks as read (server default `false`).
- `since`: Only items created after this ISO-8601 timestamp.
- `status`: Only clinks in this status.
- `unread_only`: Only clinks the caller has not read yet (server default `false`).
```ignore
let response = client.get_clinks()
    .for_me(for_me)
    .group_id(group_id)
    .limit(limit)
    .mark_read(mark_read)
    .since(since)
    .status(status)
    .unread_only(unread_only)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_clinks(&self) -> fluent::GetClinks<'_> {
        fluent::GetClinks::new(self)
    }
    /**Mark clinks as read

Marks every clink of the given groups as read for the caller. The shape of `data` is
not documented, so it is a free-form object (empty when the answer has none). Errors: 400
(empty list), 403.


Sends a `POST` request to `/clinks/mark-read`

```ignore
let response = client.mark_read()
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn mark_read(&self) -> fluent::MarkRead<'_> {
        fluent::MarkRead::new(self)
    }
    /**Send a clink

Posts a clink (message) to a group, optionally addressed to one recipient with `for`.
`content` is at most 4096 characters. Errors: 400 (empty or too long content),
403 (not a member of the group), 404 (no such group).


Sends a `POST` request to `/groups/{group_id}/clinks`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `body`
```ignore
let response = client.send_clink()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn send_clink(&self) -> fluent::SendClink<'_> {
        fluent::SendClink::new(self)
    }
    /**Check the inbox

Returns actionable clinks for the caller: by default pending clinks addressed to the
caller or to nobody. With `claim=true` the returned pending clinks are claimed in the
same call (`claimed_count` says how many). Server defaults: `status=pending`,
`for_me=true`, `limit=10`. Errors: 401, 403.


Sends a `GET` request to `/inbox`

Arguments:
- `claim`: Claim the returned pending clinks for processing.
- `for_me`: Only clinks addressed to the caller or to nobody.
- `limit`: Maximum number of items to return (the server applies its own default and cap).
- `since`: Only items created after this ISO-8601 timestamp.
- `status`: Only clinks in this status (server default `pending`).
```ignore
let response = client.check_inbox()
    .claim(claim)
    .for_me(for_me)
    .limit(limit)
    .since(since)
    .status(status)
    .send()
    .await;
```*/
    #[inline]
    pub fn check_inbox(&self) -> fluent::CheckInbox<'_> {
        fluent::CheckInbox::new(self)
    }
    /**Release a claimed clink

Gives up the caller's claim on a clink without completing it; the clink returns to
`pending`. The body is an empty JSON object. Errors: 404, 403 (the caller does not
hold the claim).


Sends a `POST` request to `/clinks/{clink_id}/release`

Arguments:
- `clink_id`: The clink's id.
- `body`
```ignore
let response = client.release_clink()
    .clink_id(clink_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn release_clink(&self) -> fluent::ReleaseClink<'_> {
        fluent::ReleaseClink::new(self)
    }
    /**Complete a claimed clink

Marks a claimed clink as completed, optionally posting `response` as a new clink in
the same group (its id is `response_clink_id`). Errors: 404, 403 (the caller does not
hold the claim), 409 (not claimed or already completed).


Sends a `POST` request to `/clinks/{clink_id}/complete`

Arguments:
- `clink_id`: The clink's id.
- `body`
```ignore
let response = client.complete_clink()
    .clink_id(clink_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn complete_clink(&self) -> fluent::CompleteClink<'_> {
        fluent::CompleteClink::new(self)
    }
    /**List milestones of a group

Lists the milestones of a group, optionally filtered by status (server default: all;
default `limit` 20). Errors: 403, 404.


Sends a `GET` request to `/groups/{group_id}/milestones`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `limit`: Maximum number of items to return (the server applies its own default and cap).
- `status`: Only milestones in this status (server default - all).
```ignore
let response = client.list_milestones()
    .group_id(group_id)
    .limit(limit)
    .status(status)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_milestones(&self) -> fluent::ListMilestones<'_> {
        fluent::ListMilestones::new(self)
    }
    /**Create a milestone

Creates a milestone with its ordered checkpoints in a group. Without `project_id` the
milestone goes into the group's default ("General") project. Errors: 400 (invalid
checkpoints or dependencies), 403, 404.


Sends a `POST` request to `/groups/{group_id}/milestones`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `body`
```ignore
let response = client.create_milestone()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_milestone(&self) -> fluent::CreateMilestone<'_> {
        fluent::CreateMilestone::new(self)
    }
    /**Get a milestone

Returns a milestone with its checkpoints. Errors: 404, 403.


Sends a `GET` request to `/milestones/{milestone_id}`

Arguments:
- `milestone_id`: The milestone's id.
```ignore
let response = client.get_milestone()
    .milestone_id(milestone_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_milestone(&self) -> fluent::GetMilestone<'_> {
        fluent::GetMilestone::new(self)
    }
    /**Update a milestone

Changes a milestone's title and/or description. Errors: 404, 403, 400.


Sends a `PATCH` request to `/milestones/{milestone_id}`

Arguments:
- `milestone_id`: The milestone's id.
- `body`
```ignore
let response = client.update_milestone()
    .milestone_id(milestone_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn update_milestone(&self) -> fluent::UpdateMilestone<'_> {
        fluent::UpdateMilestone::new(self)
    }
    /**Add a checkpoint

Adds a checkpoint to an existing milestone, at the 1-based `position` or at the end.
Answers the updated milestone. Errors: 404, 400 (invalid dependencies), 403.


Sends a `POST` request to `/milestones/{milestone_id}/checkpoints`

Arguments:
- `milestone_id`: The milestone's id.
- `body`
```ignore
let response = client.add_checkpoint()
    .milestone_id(milestone_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn add_checkpoint(&self) -> fluent::AddCheckpoint<'_> {
        fluent::AddCheckpoint::new(self)
    }
    /**Delete a checkpoint

Deletes the checkpoint at `order`; later checkpoints are renumbered. Answers the
updated milestone (a 200 with a body, not a 204). Errors: 404, 409 (the checkpoint is
completed or other checkpoints depend on it).


Sends a `DELETE` request to `/milestones/{milestone_id}/checkpoints/{order}`

Arguments:
- `milestone_id`: The milestone's id.
- `order`: The checkpoint's 1-based position within its milestone.
```ignore
let response = client.delete_checkpoint()
    .milestone_id(milestone_id)
    .order(order)
    .send()
    .await;
```*/
    #[inline]
    pub fn delete_checkpoint(&self) -> fluent::DeleteCheckpoint<'_> {
        fluent::DeleteCheckpoint::new(self)
    }
    /**Update a checkpoint

Changes fields of the checkpoint at `order`. Answers the updated milestone.
Errors: 404 (no such milestone or checkpoint), 400 (invalid or cyclic dependencies).


Sends a `PATCH` request to `/milestones/{milestone_id}/checkpoints/{order}`

Arguments:
- `milestone_id`: The milestone's id.
- `order`: The checkpoint's 1-based position within its milestone.
- `body`
```ignore
let response = client.update_checkpoint()
    .milestone_id(milestone_id)
    .order(order)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn update_checkpoint(&self) -> fluent::UpdateCheckpoint<'_> {
        fluent::UpdateCheckpoint::new(self)
    }
    /**Complete a checkpoint

Marks the checkpoint at `order` as completed. Completing the last checkpoint closes
the milestone.

**Two answers.** When the group requires human verification, the checkpoint is not
completed yet: `data` is an `HilRequired` object (`verification_required: true`) and a
verification email was sent (or an earlier pending one still applies). Otherwise
`data` is the updated `Milestone`. Because of this, `data` is free-form JSON here:
decode it into `HilRequired` when `verification_required` is `true`, else into
`Milestone`. `hil_expiry_seconds` (60–172800, server default 300) sets how long the
verification link stays valid.

Errors: 404 (no such milestone or checkpoint), 409 (needs consensus approval or has
incomplete dependencies, or already completed).


Sends a `POST` request to `/milestones/{milestone_id}/checkpoints/{order}/complete`

Arguments:
- `milestone_id`: The milestone's id.
- `order`: The checkpoint's 1-based position within its milestone.
- `body`
```ignore
let response = client.complete_checkpoint()
    .milestone_id(milestone_id)
    .order(order)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn complete_checkpoint(&self) -> fluent::CompleteCheckpoint<'_> {
        fluent::CompleteCheckpoint::new(self)
    }
    /**Reopen a milestone

Reopens a closed milestone. The body is an empty JSON object. Errors: 404,
409 (the milestone is already open).


Sends a `POST` request to `/milestones/{milestone_id}/reopen`

Arguments:
- `milestone_id`: The milestone's id.
- `body`
```ignore
let response = client.reopen_milestone()
    .milestone_id(milestone_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn reopen_milestone(&self) -> fluent::ReopenMilestone<'_> {
        fluent::ReopenMilestone::new(self)
    }
    /**List projects of a group

Lists the projects of a group, optionally filtered by status (server default: all;
default `limit` 50). Errors: 403, 404.


Sends a `GET` request to `/groups/{group_id}/projects`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `limit`: Maximum number of items to return (the server applies its own default and cap).
- `status`: Only projects in this status.
```ignore
let response = client.list_projects()
    .group_id(group_id)
    .limit(limit)
    .status(status)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_projects(&self) -> fluent::ListProjects<'_> {
        fluent::ListProjects::new(self)
    }
    /**Create a project

Creates a project in a group. Errors: 409 (a project with this slug already exists in
the group), 400, 403, 404.


Sends a `POST` request to `/groups/{group_id}/projects`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `body`
```ignore
let response = client.create_project()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_project(&self) -> fluent::CreateProject<'_> {
        fluent::CreateProject::new(self)
    }
    /**Get a project

Returns one project. Errors: 404, 403.


Sends a `GET` request to `/projects/{project_id}`

Arguments:
- `project_id`: The project's id.
```ignore
let response = client.get_project()
    .project_id(project_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_project(&self) -> fluent::GetProject<'_> {
        fluent::GetProject::new(self)
    }
    /**Update a project

Changes a project's title, description, slug and/or colour. Errors: 404,
409 (slug already used in the group), 400.


Sends a `PATCH` request to `/projects/{project_id}`

Arguments:
- `project_id`: The project's id.
- `body`
```ignore
let response = client.update_project()
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn update_project(&self) -> fluent::UpdateProject<'_> {
        fluent::UpdateProject::new(self)
    }
    /**Complete a project

Marks a project as completed. The body is an empty JSON object. Errors: 404,
409 (already completed or cannot be completed).


Sends a `POST` request to `/projects/{project_id}/complete`

Arguments:
- `project_id`: The project's id.
- `body`
```ignore
let response = client.complete_project()
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn complete_project(&self) -> fluent::CompleteProject<'_> {
        fluent::CompleteProject::new(self)
    }
    /**Archive a project

Archives a project (hidden from default views, can be reopened). The body is an empty
JSON object. Errors: 404, 409 (e.g. the group's default project cannot be archived).


Sends a `POST` request to `/projects/{project_id}/archive`

Arguments:
- `project_id`: The project's id.
- `body`
```ignore
let response = client.archive_project()
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn archive_project(&self) -> fluent::ArchiveProject<'_> {
        fluent::ArchiveProject::new(self)
    }
    /**Reopen a project

Reopens a completed or archived project. The body is an empty JSON object.
Errors: 404, 409 (the project is already active).


Sends a `POST` request to `/projects/{project_id}/reopen`

Arguments:
- `project_id`: The project's id.
- `body`
```ignore
let response = client.reopen_project()
    .project_id(project_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn reopen_project(&self) -> fluent::ReopenProject<'_> {
        fluent::ReopenProject::new(self)
    }
    /**List milestones of a project

Lists the milestones in a project, optionally filtered by status. Errors: 404, 403.


Sends a `GET` request to `/projects/{project_id}/milestones`

Arguments:
- `project_id`: The project's id.
- `limit`: Maximum number of items to return (the server applies its own default and cap).
- `status`: Only milestones in this status (server default - all).
```ignore
let response = client.list_project_milestones()
    .project_id(project_id)
    .limit(limit)
    .status(status)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_project_milestones(&self) -> fluent::ListProjectMilestones<'_> {
        fluent::ListProjectMilestones::new(self)
    }
    /**List proposals of a group

Lists the proposals of a group, optionally filtered by status (server default: all;
default `limit` 20). Errors: 403, 404.


Sends a `GET` request to `/groups/{group_id}/proposals`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `limit`: Maximum number of items to return (the server applies its own default and cap).
- `status`: Only proposals in this status.
```ignore
let response = client.list_proposals()
    .group_id(group_id)
    .limit(limit)
    .status(status)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_proposals(&self) -> fluent::ListProposals<'_> {
        fluent::ListProposals::new(self)
    }
    /**Create a proposal

Creates a proposal for the group to vote on. `options` is required for `single` and
`ranked` voting and ignored for `yes_no`. Server defaults: `voting_type=yes_no`,
`threshold_type=majority`. Errors: 400 (missing options), 403, 404.


Sends a `POST` request to `/groups/{group_id}/proposals`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `body`
```ignore
let response = client.create_proposal()
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn create_proposal(&self) -> fluent::CreateProposal<'_> {
        fluent::CreateProposal::new(self)
    }
    /**Get a proposal

Returns a proposal with its votes and tally. Errors: 404, 403.


Sends a `GET` request to `/proposals/{proposal_id}`

Arguments:
- `proposal_id`: The proposal's id.
```ignore
let response = client.get_proposal()
    .proposal_id(proposal_id)
    .send()
    .await;
```*/
    #[inline]
    pub fn get_proposal(&self) -> fluent::GetProposal<'_> {
        fluent::GetProposal::new(self)
    }
    /**Cast a vote

Casts the caller's vote on an open proposal: `yes`/`no` for `yes_no` proposals, one
of the options for `single`, a comma-separated preference order for `ranked`.

**Two answers.** When the group requires human verification, the vote is not
recorded yet: `data` is an `HilRequired` object (`verification_required: true`).
Otherwise `data` is the updated `Proposal`. Because of this, `data` is free-form JSON
here: decode it into `HilRequired` when `verification_required` is `true`, else into
`Proposal`. `hil_expiry_seconds` (60–172800, server default 300) sets how long the
verification link stays valid.

Errors: 404, 400 (invalid vote for the voting type), 409 (finalized, or already voted).


Sends a `POST` request to `/proposals/{proposal_id}/vote`

Arguments:
- `proposal_id`: The proposal's id.
- `body`
```ignore
let response = client.cast_vote()
    .proposal_id(proposal_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn cast_vote(&self) -> fluent::CastVote<'_> {
        fluent::CastVote::new(self)
    }
    /**Finalize a proposal

Closes voting and computes the result according to the threshold type. For `quorum`,
`total_eligible_voters` is the electorate size (default: the votes cast).
Errors: 404, 409 (already finalized).


Sends a `POST` request to `/proposals/{proposal_id}/finalize`

Arguments:
- `proposal_id`: The proposal's id.
- `body`
```ignore
let response = client.finalize_proposal()
    .proposal_id(proposal_id)
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn finalize_proposal(&self) -> fluent::FinalizeProposal<'_> {
        fluent::FinalizeProposal::new(self)
    }
    /**Submit feedback

Sends product feedback to the Clink team. `content` is at most 8192 characters. Needs
an API key with the feedback permission. Rate limited to 5 per minute and 10 per day.
Errors: 403 (no feedback permission), 429 (rate limited), 400.


Sends a `POST` request to `/feedback`

```ignore
let response = client.submit_feedback()
    .body(body)
    .send()
    .await;
```*/
    #[inline]
    pub fn submit_feedback(&self) -> fluent::SubmitFeedback<'_> {
        fluent::SubmitFeedback::new(self)
    }
    /**Get the calling key's permissions

Returns the permissions of the API key making the call, its scope (user or group) and
its owner type (user or agent profile). Errors: 401.


Sends a `GET` request to `/api-keys/me/permissions`

```ignore
let response = client.get_my_permissions()
    .send()
    .await;
```*/
    #[inline]
    pub fn get_my_permissions(&self) -> fluent::GetMyPermissions<'_> {
        fluent::GetMyPermissions::new(self)
    }
    /**List pending human verifications

Lists the human-in-the-loop verifications of a group that await a human's approval
(checkpoint completions and votes). Server default `limit` is 50. Errors: 403, 404.


Sends a `GET` request to `/groups/{group_id}/hil/pending`

Arguments:
- `group_id`: The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.

- `limit`: Maximum number of items to return (the server applies its own default and cap).
```ignore
let response = client.list_pending_verifications()
    .group_id(group_id)
    .limit(limit)
    .send()
    .await;
```*/
    #[inline]
    pub fn list_pending_verifications(&self) -> fluent::ListPendingVerifications<'_> {
        fluent::ListPendingVerifications::new(self)
    }
}
/// The request builders of this service's operations: `client.<operation>()` returns
/// one; set parameters and body fields with plain values, then `send()`.
pub mod fluent {
    #[allow(unused_imports)]
    use super::types;
    #[allow(unused_imports)]
    use super::types::*;
    ///The request of [`list_groups`](crate::clink::Client::list_groups): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct ListGroups<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::ListGroups<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for ListGroups<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("ListGroups");
            crate::builders::debug_optional(&mut d, "slug", &self.inner.slug);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> ListGroups<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().list_groups(),
                error: None,
            }
        }
        ///Only return the group with this slug.
        #[inline]
        pub fn slug<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.slug(value);
            self
        }
        ///Sends a `GET` request to `/groups`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<GroupList>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "clink",
                "list_groups",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<GroupList>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "clink",
                "list_groups",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::GroupListEnvelope) -> crate::Result<GroupList> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "list_groups")),
            };
            Ok(payload)
        }
    }
    ///The request of [`get_group`](crate::clink::Client::get_group): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct GetGroup<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::GetGroup<'a>,
        error: Option<String>,
        group_id: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for GetGroup<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("GetGroup");
            crate::builders::debug_set(&mut d, "group_id", self.group_id.as_ref());
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> GetGroup<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().get_group(),
                error: None,
                group_id: None,
            }
        }
        /**The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.*/
        #[inline]
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        ///Alias of [`group_id`](Self::group_id): a slug or an id.
        #[inline]
        pub fn group(self, value: impl Into<String>) -> Self {
            self.group_id(value)
        }
        ///Sends a `GET` request to `/groups/{group_id}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<Group>> + 'a {
            crate::calls::send_call(self.call(), Self::payload)
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<Group>>,
        > + 'a {
            crate::calls::send_call_with_response(self.call(), Self::payload)
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::GroupEnvelope) -> crate::Result<Group> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "get_group")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::GroupEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, group_id, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e).with_operation("clink", "get_group"),
                );
            }
            if let Some(value) = group_id {
                inner = inner.group_id(client.resolve_group_owned(value).await?);
            }
            crate::calls::call_prepared(inner.prepare(), "clink", "get_group").await
        }
    }
    ///The request of [`list_members`](crate::clink::Client::list_members): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct ListMembers<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::ListMembers<'a>,
        error: Option<String>,
        group_id: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for ListMembers<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("ListMembers");
            crate::builders::debug_set(&mut d, "group_id", self.group_id.as_ref());
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> ListMembers<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().list_members(),
                error: None,
                group_id: None,
            }
        }
        /**The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.*/
        #[inline]
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        ///Alias of [`group_id`](Self::group_id): a slug or an id.
        #[inline]
        pub fn group(self, value: impl Into<String>) -> Self {
            self.group_id(value)
        }
        ///Sends a `GET` request to `/groups/{group_id}/members`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<MemberList>> + 'a {
            crate::calls::send_call(self.call(), Self::payload)
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<MemberList>>,
        > + 'a {
            crate::calls::send_call_with_response(self.call(), Self::payload)
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::MemberListEnvelope) -> crate::Result<MemberList> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "list_members")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::MemberListEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, group_id, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "list_members"),
                );
            }
            if let Some(value) = group_id {
                inner = inner.group_id(client.resolve_group_owned(value).await?);
            }
            crate::calls::call_prepared(inner.prepare(), "clink", "list_members").await
        }
    }
    ///The request of [`get_clinks`](crate::clink::Client::get_clinks): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct GetClinks<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::GetClinks<'a>,
        error: Option<String>,
        group_id: Option<String>,
        poll: crate::polling::PollConfig,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for GetClinks<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("GetClinks");
            crate::builders::debug_optional(&mut d, "for_me", &self.inner.for_me);
            crate::builders::debug_set(&mut d, "group_id", self.group_id.as_ref());
            crate::builders::debug_optional(&mut d, "limit", &self.inner.limit);
            crate::builders::debug_optional(&mut d, "mark_read", &self.inner.mark_read);
            crate::builders::debug_optional(&mut d, "since", &self.inner.since);
            crate::builders::debug_optional(&mut d, "status", &self.inner.status);
            crate::builders::debug_optional(
                &mut d,
                "unread_only",
                &self.inner.unread_only,
            );
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> GetClinks<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().get_clinks(),
                error: None,
                group_id: None,
                poll: crate::polling::PollConfig::default(),
            }
        }
        ///Only clinks addressed to the caller or to nobody.
        #[inline]
        pub fn for_me<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.inner = self.inner.for_me(value);
            self
        }
        ///Only clinks of this group (its UUID or its slug; the SDK resolves slugs first).
        #[inline]
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        ///Alias of [`group_id`](Self::group_id): a slug or an id.
        #[inline]
        pub fn group(self, value: impl Into<String>) -> Self {
            self.group_id(value)
        }
        ///Maximum number of items to return (the server applies its own default and cap).
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.limit(value);
            self
        }
        ///Mark the returned clinks as read (server default `false`).
        #[inline]
        pub fn mark_read<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.inner = self.inner.mark_read(value);
            self
        }
        ///Only items created after this ISO-8601 timestamp.
        #[inline]
        pub fn since<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Timestamp>,
        {
            self.inner = self.inner.since(value);
            self
        }
        ///Only clinks in this status.
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::ClinkStatus>,
        {
            self.inner = self.inner.status(value);
            self
        }
        ///Only clinks the caller has not read yet (server default `false`).
        #[inline]
        pub fn unread_only<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.inner = self.inner.unread_only(value);
            self
        }
        ///Sends a `GET` request to `/clinks`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<ClinkList>> + 'a {
            crate::calls::send_call(self.call(), Self::payload)
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<ClinkList>>,
        > + 'a {
            crate::calls::send_call_with_response(self.call(), Self::payload)
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ClinkListEnvelope) -> crate::Result<ClinkList> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "get_clinks")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::ClinkListEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, group_id, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "get_clinks"),
                );
            }
            if let Some(value) = group_id {
                inner = inner.group_id(client.resolve_group_owned(value).await?);
            }
            crate::calls::call_prepared(inner.prepare(), "clink", "get_clinks").await
        }
        /// How often [`stream`](Self::stream) polls: the first interval, backing off
        /// while nothing new arrives (default: 1 s up to 15 s).
        #[inline]
        pub fn poll_interval(
            mut self,
            poll: impl Into<crate::polling::PollConfig>,
        ) -> Self {
            self.poll = poll.into();
            self
        }
        /// Watches this list: a stream of the items arriving, each once, oldest
        /// first. It polls this request with a cursor (the newest item's time),
        /// immediately and then at the [`poll_interval`](Self::poll_interval). It
        /// never ends by itself; the first error is yielded and ends it.
        #[inline]
        pub fn stream(self) -> impl futures::Stream<Item = crate::Result<Clink>> + 'a {
            let poll = self.poll.clone();
            crate::polling::since_stream(
                poll,
                move |since| {
                    let request = match since {
                        Some(since) => self.clone().since(since),
                        None => self.clone(),
                    };
                    async move {
                        let payload = request.send().await?;
                        Ok(payload.clinks)
                    }
                },
                |item: &Clink| (item.created_at.clone(), item.clink_id.to_string()),
            )
        }
    }
    ///The request of [`mark_read`](crate::clink::Client::mark_read): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct MarkRead<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::MarkRead<'a>,
        error: Option<String>,
        resolve_body_group_ids: Option<Vec<String>>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for MarkRead<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("MarkRead");
            crate::builders::debug_body::<
                super::types::MarkReadRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(values) = &self.resolve_body_group_ids {
                d.field("group_ids", values);
            }
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> MarkRead<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().mark_read(),
                error: None,
                resolve_body_group_ids: None,
            }
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MarkReadRequest>,
            <V as std::convert::TryInto<
                types::MarkReadRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///The groups whose clinks become read, each a UUID or a slug (the SDK resolves slugs first).
        #[inline]
        pub fn group_ids<I, V>(mut self, values: I) -> Self
        where
            I: IntoIterator<Item = V>,
            V: Into<String>,
        {
            self.resolve_body_group_ids = Some(
                values.into_iter().map(Into::into).collect(),
            );
            self
        }
        ///Sends a `POST` request to `/clinks/mark-read`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<MarkReadResult>> + 'a {
            crate::calls::send_call(self.call(), Self::payload)
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<MarkReadResult>>,
        > + 'a {
            crate::calls::send_call_with_response(self.call(), Self::payload)
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: types::MarkReadResultEnvelope,
        ) -> crate::Result<MarkReadResult> {
            let payload = body.data.unwrap_or_default();
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<
            progenitor_client::ResponseValue<types::MarkReadResultEnvelope>,
        > {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, resolve_body_group_ids, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e).with_operation("clink", "mark_read"),
                );
            }
            if let Some(values) = resolve_body_group_ids {
                let mut resolved = Vec::with_capacity(values.len());
                for value in values {
                    resolved.push(client.resolve_group_owned(value).await?);
                }
                inner = inner.body_map(|b| b.group_ids(resolved));
            }
            crate::calls::call_prepared(inner.prepare(), "clink", "mark_read").await
        }
    }
    ///The request of [`send_clink`](crate::clink::Client::send_clink): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct SendClink<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::SendClink<'a>,
        error: Option<String>,
        group_id: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for SendClink<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("SendClink");
            crate::builders::debug_set(&mut d, "group_id", self.group_id.as_ref());
            crate::builders::debug_body::<
                super::types::SendClinkRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> SendClink<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().send_clink(),
                error: None,
                group_id: None,
            }
        }
        /**The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.*/
        #[inline]
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        ///Alias of [`group_id`](Self::group_id): a slug or an id.
        #[inline]
        pub fn group(self, value: impl Into<String>) -> Self {
            self.group_id(value)
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SendClinkRequest>,
            <V as std::convert::TryInto<
                types::SendClinkRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///The message text, at most 4096 characters.
        #[inline]
        pub fn content<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.content(v)),
                Err(e) => crate::builders::fail(&mut self.error, "content", e),
            }
            self
        }
        ///Address the clink to this user id or agent profile id; omit for the whole group.
        #[inline]
        pub fn for_<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.for_(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "for", e),
            }
            self
        }
        ///Sends a `POST` request to `/groups/{group_id}/clinks`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<Clink>> + 'a {
            crate::calls::send_call(self.call(), Self::payload)
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<Clink>>,
        > + 'a {
            crate::calls::send_call_with_response(self.call(), Self::payload)
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ClinkEnvelope) -> crate::Result<Clink> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "send_clink")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::ClinkEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, group_id, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "send_clink"),
                );
            }
            if let Some(value) = group_id {
                inner = inner.group_id(client.resolve_group_owned(value).await?);
            }
            crate::calls::call_prepared(inner.prepare(), "clink", "send_clink").await
        }
    }
    ///The request of [`check_inbox`](crate::clink::Client::check_inbox): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct CheckInbox<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::CheckInbox<'a>,
        error: Option<String>,
        poll: crate::polling::PollConfig,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for CheckInbox<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("CheckInbox");
            crate::builders::debug_optional(&mut d, "claim", &self.inner.claim);
            crate::builders::debug_optional(&mut d, "for_me", &self.inner.for_me);
            crate::builders::debug_optional(&mut d, "limit", &self.inner.limit);
            crate::builders::debug_optional(&mut d, "since", &self.inner.since);
            crate::builders::debug_optional(&mut d, "status", &self.inner.status);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> CheckInbox<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().check_inbox(),
                error: None,
                poll: crate::polling::PollConfig::default(),
            }
        }
        ///Claim the returned pending clinks for processing.
        #[inline]
        pub fn claim<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.inner = self.inner.claim(value);
            self
        }
        ///Only clinks addressed to the caller or to nobody.
        #[inline]
        pub fn for_me<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.inner = self.inner.for_me(value);
            self
        }
        ///Maximum number of items to return (the server applies its own default and cap).
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.limit(value);
            self
        }
        ///Only items created after this ISO-8601 timestamp.
        #[inline]
        pub fn since<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Timestamp>,
        {
            self.inner = self.inner.since(value);
            self
        }
        ///Only clinks in this status (server default `pending`).
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::ClinkStatus>,
        {
            self.inner = self.inner.status(value);
            self
        }
        ///Sends a `GET` request to `/inbox`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<Inbox>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "clink",
                "check_inbox",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<Inbox>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "clink",
                "check_inbox",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::InboxEnvelope) -> crate::Result<Inbox> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "check_inbox")),
            };
            Ok(payload)
        }
        /// How often [`stream`](Self::stream) polls: the first interval, backing off
        /// while nothing new arrives (default: 1 s up to 15 s).
        #[inline]
        pub fn poll_interval(
            mut self,
            poll: impl Into<crate::polling::PollConfig>,
        ) -> Self {
            self.poll = poll.into();
            self
        }
        /// Watches this list: a stream of the items arriving, each once, oldest
        /// first. It polls this request with a cursor (the newest item's time),
        /// immediately and then at the [`poll_interval`](Self::poll_interval). It
        /// never ends by itself; the first error is yielded and ends it.
        #[inline]
        pub fn stream(self) -> impl futures::Stream<Item = crate::Result<Clink>> + 'a {
            let poll = self.poll.clone();
            crate::polling::since_stream(
                poll,
                move |since| {
                    let request = match since {
                        Some(since) => self.clone().since(since),
                        None => self.clone(),
                    };
                    async move {
                        let payload = request.send().await?;
                        Ok(payload.clinks)
                    }
                },
                |item: &Clink| (item.created_at.clone(), item.clink_id.to_string()),
            )
        }
    }
    ///The request of [`release_clink`](crate::clink::Client::release_clink): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct ReleaseClink<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::ReleaseClink<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for ReleaseClink<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("ReleaseClink");
            crate::builders::debug_required(&mut d, "clink_id", &self.inner.clink_id);
            crate::builders::debug_body::<
                super::types::EmptyRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> ReleaseClink<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().release_clink(),
                error: None,
            }
        }
        ///The clink's id.
        #[inline]
        pub fn clink_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.clink_id(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmptyRequest>,
            <V as std::convert::TryInto<types::EmptyRequest>>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///Sends a `POST` request to `/clinks/{clink_id}/release`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<Clink>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "clink",
                "release_clink",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<Clink>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "clink",
                "release_clink",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ClinkEnvelope) -> crate::Result<Clink> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "release_clink")),
            };
            Ok(payload)
        }
    }
    ///The request of [`complete_clink`](crate::clink::Client::complete_clink): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct CompleteClink<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::CompleteClink<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for CompleteClink<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("CompleteClink");
            crate::builders::debug_required(&mut d, "clink_id", &self.inner.clink_id);
            crate::builders::debug_body::<
                super::types::CompleteClinkRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> CompleteClink<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().complete_clink(),
                error: None,
            }
        }
        ///The clink's id.
        #[inline]
        pub fn clink_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.clink_id(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CompleteClinkRequest>,
            <V as std::convert::TryInto<
                types::CompleteClinkRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///Optional reply, posted as a new clink in the same group.
        #[inline]
        pub fn response<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.response(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "response", e),
            }
            self
        }
        ///Sends a `POST` request to `/clinks/{clink_id}/complete`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<CompleteClinkResult>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "clink",
                "complete_clink",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<CompleteClinkResult>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "clink",
                "complete_clink",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: types::CompleteClinkResultEnvelope,
        ) -> crate::Result<CompleteClinkResult> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "complete_clink")),
            };
            Ok(payload)
        }
    }
    ///The request of [`list_milestones`](crate::clink::Client::list_milestones): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct ListMilestones<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::ListMilestones<'a>,
        error: Option<String>,
        group_id: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for ListMilestones<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("ListMilestones");
            crate::builders::debug_set(&mut d, "group_id", self.group_id.as_ref());
            crate::builders::debug_optional(&mut d, "limit", &self.inner.limit);
            crate::builders::debug_optional(&mut d, "status", &self.inner.status);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> ListMilestones<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().list_milestones(),
                error: None,
                group_id: None,
            }
        }
        /**The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.*/
        #[inline]
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        ///Alias of [`group_id`](Self::group_id): a slug or an id.
        #[inline]
        pub fn group(self, value: impl Into<String>) -> Self {
            self.group_id(value)
        }
        ///Maximum number of items to return (the server applies its own default and cap).
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.limit(value);
            self
        }
        ///Only milestones in this status (server default - all).
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::MilestoneStatus>,
        {
            self.inner = self.inner.status(value);
            self
        }
        ///Sends a `GET` request to `/groups/{group_id}/milestones`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<MilestoneList>> + 'a {
            crate::calls::send_call(self.call(), Self::payload)
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<MilestoneList>>,
        > + 'a {
            crate::calls::send_call_with_response(self.call(), Self::payload)
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::MilestoneListEnvelope) -> crate::Result<MilestoneList> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "list_milestones")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<
            progenitor_client::ResponseValue<types::MilestoneListEnvelope>,
        > {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, group_id, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "list_milestones"),
                );
            }
            if let Some(value) = group_id {
                inner = inner.group_id(client.resolve_group_owned(value).await?);
            }
            crate::calls::call_prepared(inner.prepare(), "clink", "list_milestones")
                .await
        }
    }
    ///The request of [`create_milestone`](crate::clink::Client::create_milestone): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct CreateMilestone<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::CreateMilestone<'a>,
        error: Option<String>,
        group_id: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for CreateMilestone<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("CreateMilestone");
            crate::builders::debug_set(&mut d, "group_id", self.group_id.as_ref());
            crate::builders::debug_body::<
                super::types::CreateMilestoneRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> CreateMilestone<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().create_milestone(),
                error: None,
                group_id: None,
            }
        }
        /**The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.*/
        #[inline]
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        ///Alias of [`group_id`](Self::group_id): a slug or an id.
        #[inline]
        pub fn group(self, value: impl Into<String>) -> Self {
            self.group_id(value)
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateMilestoneRequest>,
            <V as std::convert::TryInto<
                types::CreateMilestoneRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///The checkpoints, in order.
        #[inline]
        pub fn checkpoints<I, V>(mut self, values: I) -> Self
        where
            I: IntoIterator<Item = V>,
            V: std::convert::TryInto<CheckpointInput>,
            V::Error: std::fmt::Display,
        {
            let values: Result<Vec<CheckpointInput>, _> = values
                .into_iter()
                .map(|v| v.try_into())
                .collect();
            match values {
                Ok(v) => self.inner = self.inner.body_map(|b| b.checkpoints(v)),
                Err(e) => crate::builders::fail(&mut self.error, "checkpoints", e),
            }
            self
        }
        #[inline]
        pub fn description<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.description(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "description", e),
            }
            self
        }
        ///Project to put the milestone in (default - the group's default project).
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.project_id(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "project_id", e),
            }
            self
        }
        #[inline]
        pub fn title<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.title(v)),
                Err(e) => crate::builders::fail(&mut self.error, "title", e),
            }
            self
        }
        ///Sends a `POST` request to `/groups/{group_id}/milestones`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<Milestone>> + 'a {
            crate::calls::send_call(self.call(), Self::payload)
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<Milestone>>,
        > + 'a {
            crate::calls::send_call_with_response(self.call(), Self::payload)
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::MilestoneEnvelope) -> crate::Result<Milestone> {
            let payload = match body.data {
                Some(data) => data,
                None => {
                    return Err(crate::transport::no_data("clink", "create_milestone"));
                }
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::MilestoneEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, group_id, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "create_milestone"),
                );
            }
            if let Some(value) = group_id {
                inner = inner.group_id(client.resolve_group_owned(value).await?);
            }
            crate::calls::call_prepared(inner.prepare(), "clink", "create_milestone")
                .await
        }
    }
    ///The request of [`get_milestone`](crate::clink::Client::get_milestone): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct GetMilestone<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::GetMilestone<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for GetMilestone<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("GetMilestone");
            crate::builders::debug_required(
                &mut d,
                "milestone_id",
                &self.inner.milestone_id,
            );
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> GetMilestone<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().get_milestone(),
                error: None,
            }
        }
        ///The milestone's id.
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.milestone_id(value);
            self
        }
        ///Sends a `GET` request to `/milestones/{milestone_id}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<Milestone>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "clink",
                "get_milestone",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<Milestone>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "clink",
                "get_milestone",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::MilestoneEnvelope) -> crate::Result<Milestone> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "get_milestone")),
            };
            Ok(payload)
        }
    }
    ///The request of [`update_milestone`](crate::clink::Client::update_milestone): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct UpdateMilestone<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::UpdateMilestone<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for UpdateMilestone<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("UpdateMilestone");
            crate::builders::debug_required(
                &mut d,
                "milestone_id",
                &self.inner.milestone_id,
            );
            crate::builders::debug_body::<
                super::types::UpdateMilestoneRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> UpdateMilestone<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().update_milestone(),
                error: None,
            }
        }
        ///The milestone's id.
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.milestone_id(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateMilestoneRequest>,
            <V as std::convert::TryInto<
                types::UpdateMilestoneRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        #[inline]
        pub fn description<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.description(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "description", e),
            }
            self
        }
        #[inline]
        pub fn title<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.title(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "title", e),
            }
            self
        }
        ///Sends a `PATCH` request to `/milestones/{milestone_id}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<Milestone>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "clink",
                "update_milestone",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<Milestone>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "clink",
                "update_milestone",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::MilestoneEnvelope) -> crate::Result<Milestone> {
            let payload = match body.data {
                Some(data) => data,
                None => {
                    return Err(crate::transport::no_data("clink", "update_milestone"));
                }
            };
            Ok(payload)
        }
    }
    ///The request of [`add_checkpoint`](crate::clink::Client::add_checkpoint): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct AddCheckpoint<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::AddCheckpoint<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for AddCheckpoint<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("AddCheckpoint");
            crate::builders::debug_required(
                &mut d,
                "milestone_id",
                &self.inner.milestone_id,
            );
            crate::builders::debug_body::<
                super::types::AddCheckpointRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> AddCheckpoint<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().add_checkpoint(),
                error: None,
            }
        }
        ///The milestone's id.
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.milestone_id(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AddCheckpointRequest>,
            <V as std::convert::TryInto<
                types::AddCheckpointRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        /**Checkpoints that must be completed first. Same-milestone dependencies must name
earlier checkpoints; cross-milestone ones are checked for cycles.
*/
        #[inline]
        pub fn depends_on<I, V>(mut self, values: I) -> Self
        where
            I: IntoIterator<Item = V>,
            V: std::convert::TryInto<CheckpointDependency>,
            V::Error: std::fmt::Display,
        {
            let values: Result<Vec<CheckpointDependency>, _> = values
                .into_iter()
                .map(|v| v.try_into())
                .collect();
            match values {
                Ok(v) => self.inner = self.inner.body_map(|b| b.depends_on(v)),
                Err(e) => crate::builders::fail(&mut self.error, "depends_on", e),
            }
            self
        }
        #[inline]
        pub fn description<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.description(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "description", e),
            }
            self
        }
        #[inline]
        pub fn git_branch_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.git_branch_url(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "git_branch_url", e),
            }
            self
        }
        #[inline]
        pub fn git_commit_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.git_commit_url(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "git_commit_url", e),
            }
            self
        }
        #[inline]
        pub fn git_pr_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.git_pr_url(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "git_pr_url", e),
            }
            self
        }
        ///1-based position to insert at; appended at the end when omitted.
        #[inline]
        pub fn position<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.position(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "position", e),
            }
            self
        }
        ///When true, completing the checkpoint first needs a passed proposal.
        #[inline]
        pub fn requires_consensus<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => {
                    self.inner = self.inner.body_map(|b| b.requires_consensus(Some(v)));
                }
                Err(e) => crate::builders::fail(&mut self.error, "requires_consensus", e),
            }
            self
        }
        #[inline]
        pub fn title<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.title(v)),
                Err(e) => crate::builders::fail(&mut self.error, "title", e),
            }
            self
        }
        ///Sends a `POST` request to `/milestones/{milestone_id}/checkpoints`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<Milestone>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "clink",
                "add_checkpoint",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<Milestone>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "clink",
                "add_checkpoint",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::MilestoneEnvelope) -> crate::Result<Milestone> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "add_checkpoint")),
            };
            Ok(payload)
        }
    }
    ///The request of [`delete_checkpoint`](crate::clink::Client::delete_checkpoint): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct DeleteCheckpoint<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::DeleteCheckpoint<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for DeleteCheckpoint<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("DeleteCheckpoint");
            crate::builders::debug_required(
                &mut d,
                "milestone_id",
                &self.inner.milestone_id,
            );
            crate::builders::debug_required(&mut d, "order", &self.inner.order);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> DeleteCheckpoint<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().delete_checkpoint(),
                error: None,
            }
        }
        ///The milestone's id.
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.milestone_id(value);
            self
        }
        ///The checkpoint's 1-based position within its milestone.
        #[inline]
        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.order(value);
            self
        }
        ///Sends a `DELETE` request to `/milestones/{milestone_id}/checkpoints/{order}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<Milestone>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "clink",
                "delete_checkpoint",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<Milestone>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "clink",
                "delete_checkpoint",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::MilestoneEnvelope) -> crate::Result<Milestone> {
            let payload = match body.data {
                Some(data) => data,
                None => {
                    return Err(crate::transport::no_data("clink", "delete_checkpoint"));
                }
            };
            Ok(payload)
        }
    }
    ///The request of [`update_checkpoint`](crate::clink::Client::update_checkpoint): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct UpdateCheckpoint<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::UpdateCheckpoint<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for UpdateCheckpoint<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("UpdateCheckpoint");
            crate::builders::debug_required(
                &mut d,
                "milestone_id",
                &self.inner.milestone_id,
            );
            crate::builders::debug_required(&mut d, "order", &self.inner.order);
            crate::builders::debug_body::<
                super::types::UpdateCheckpointRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> UpdateCheckpoint<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().update_checkpoint(),
                error: None,
            }
        }
        ///The milestone's id.
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.milestone_id(value);
            self
        }
        ///The checkpoint's 1-based position within its milestone.
        #[inline]
        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.order(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateCheckpointRequest>,
            <V as std::convert::TryInto<
                types::UpdateCheckpointRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        /**Replaces the dependencies (see `CheckpointDependency`); an empty list clears them,
an absent field leaves them unchanged.
*/
        #[inline]
        pub fn depends_on<I, V>(mut self, values: I) -> Self
        where
            I: IntoIterator<Item = V>,
            V: std::convert::TryInto<CheckpointDependency>,
            V::Error: std::fmt::Display,
        {
            let values: Result<Vec<CheckpointDependency>, _> = values
                .into_iter()
                .map(|v| v.try_into())
                .collect();
            match values {
                Ok(v) => self.inner = self.inner.body_map(|b| b.depends_on(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "depends_on", e),
            }
            self
        }
        #[inline]
        pub fn description<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.description(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "description", e),
            }
            self
        }
        #[inline]
        pub fn git_branch_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.git_branch_url(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "git_branch_url", e),
            }
            self
        }
        #[inline]
        pub fn git_commit_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.git_commit_url(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "git_commit_url", e),
            }
            self
        }
        #[inline]
        pub fn git_pr_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.git_pr_url(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "git_pr_url", e),
            }
            self
        }
        #[inline]
        pub fn title<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.title(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "title", e),
            }
            self
        }
        ///Sends a `PATCH` request to `/milestones/{milestone_id}/checkpoints/{order}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<Milestone>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "clink",
                "update_checkpoint",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<Milestone>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "clink",
                "update_checkpoint",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::MilestoneEnvelope) -> crate::Result<Milestone> {
            let payload = match body.data {
                Some(data) => data,
                None => {
                    return Err(crate::transport::no_data("clink", "update_checkpoint"));
                }
            };
            Ok(payload)
        }
    }
    ///The request of [`complete_checkpoint`](crate::clink::Client::complete_checkpoint): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct CompleteCheckpoint<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::CompleteCheckpoint<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for CompleteCheckpoint<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("CompleteCheckpoint");
            crate::builders::debug_required(
                &mut d,
                "milestone_id",
                &self.inner.milestone_id,
            );
            crate::builders::debug_required(&mut d, "order", &self.inner.order);
            crate::builders::debug_body::<
                super::types::CompleteCheckpointRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> CompleteCheckpoint<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().complete_checkpoint(),
                error: None,
            }
        }
        ///The milestone's id.
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.milestone_id(value);
            self
        }
        ///The checkpoint's 1-based position within its milestone.
        #[inline]
        pub fn order<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.order(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CompleteCheckpointRequest>,
            <V as std::convert::TryInto<
                types::CompleteCheckpointRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///Validity of the human-verification link in seconds, 60 to 172800 (server default 300).
        #[inline]
        pub fn hil_expiry_seconds<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => {
                    self.inner = self.inner.body_map(|b| b.hil_expiry_seconds(Some(v)));
                }
                Err(e) => crate::builders::fail(&mut self.error, "hil_expiry_seconds", e),
            }
            self
        }
        ///Sends a `POST` request to `/milestones/{milestone_id}/checkpoints/{order}/complete`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::clink::Outcome<types::Milestone>>,
        > + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "clink",
                "complete_checkpoint",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<
                crate::Response<crate::clink::Outcome<types::Milestone>>,
            >,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "clink",
                "complete_checkpoint",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: types::MilestoneOrHilRequiredEnvelope,
        ) -> crate::Result<crate::clink::Outcome<types::Milestone>> {
            let payload = crate::clink::Outcome::decode(
                "complete_checkpoint",
                {
                    match body.data {
                        Some(data) => data,
                        None => {
                            return Err(
                                crate::transport::no_data("clink", "complete_checkpoint"),
                            );
                        }
                    }
                },
            )?;
            Ok(payload)
        }
    }
    ///The request of [`reopen_milestone`](crate::clink::Client::reopen_milestone): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct ReopenMilestone<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::ReopenMilestone<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for ReopenMilestone<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("ReopenMilestone");
            crate::builders::debug_required(
                &mut d,
                "milestone_id",
                &self.inner.milestone_id,
            );
            crate::builders::debug_body::<
                super::types::EmptyRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> ReopenMilestone<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().reopen_milestone(),
                error: None,
            }
        }
        ///The milestone's id.
        #[inline]
        pub fn milestone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.milestone_id(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmptyRequest>,
            <V as std::convert::TryInto<types::EmptyRequest>>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///Sends a `POST` request to `/milestones/{milestone_id}/reopen`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<Milestone>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "clink",
                "reopen_milestone",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<Milestone>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "clink",
                "reopen_milestone",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::MilestoneEnvelope) -> crate::Result<Milestone> {
            let payload = match body.data {
                Some(data) => data,
                None => {
                    return Err(crate::transport::no_data("clink", "reopen_milestone"));
                }
            };
            Ok(payload)
        }
    }
    ///The request of [`list_projects`](crate::clink::Client::list_projects): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct ListProjects<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::ListProjects<'a>,
        error: Option<String>,
        group_id: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for ListProjects<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("ListProjects");
            crate::builders::debug_set(&mut d, "group_id", self.group_id.as_ref());
            crate::builders::debug_optional(&mut d, "limit", &self.inner.limit);
            crate::builders::debug_optional(&mut d, "status", &self.inner.status);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> ListProjects<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().list_projects(),
                error: None,
                group_id: None,
            }
        }
        /**The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.*/
        #[inline]
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        ///Alias of [`group_id`](Self::group_id): a slug or an id.
        #[inline]
        pub fn group(self, value: impl Into<String>) -> Self {
            self.group_id(value)
        }
        ///Maximum number of items to return (the server applies its own default and cap).
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.limit(value);
            self
        }
        ///Only projects in this status.
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::ProjectStatus>,
        {
            self.inner = self.inner.status(value);
            self
        }
        ///Sends a `GET` request to `/groups/{group_id}/projects`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<ProjectList>> + 'a {
            crate::calls::send_call(self.call(), Self::payload)
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<ProjectList>>,
        > + 'a {
            crate::calls::send_call_with_response(self.call(), Self::payload)
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ProjectListEnvelope) -> crate::Result<ProjectList> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "list_projects")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<
            progenitor_client::ResponseValue<types::ProjectListEnvelope>,
        > {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, group_id, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "list_projects"),
                );
            }
            if let Some(value) = group_id {
                inner = inner.group_id(client.resolve_group_owned(value).await?);
            }
            crate::calls::call_prepared(inner.prepare(), "clink", "list_projects").await
        }
    }
    ///The request of [`create_project`](crate::clink::Client::create_project): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct CreateProject<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::CreateProject<'a>,
        error: Option<String>,
        group_id: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for CreateProject<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("CreateProject");
            crate::builders::debug_set(&mut d, "group_id", self.group_id.as_ref());
            crate::builders::debug_body::<
                super::types::CreateProjectRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> CreateProject<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().create_project(),
                error: None,
                group_id: None,
            }
        }
        /**The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.*/
        #[inline]
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        ///Alias of [`group_id`](Self::group_id): a slug or an id.
        #[inline]
        pub fn group(self, value: impl Into<String>) -> Self {
            self.group_id(value)
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateProjectRequest>,
            <V as std::convert::TryInto<
                types::CreateProjectRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///Display colour, e.g. `"#3b82f6"`.
        #[inline]
        pub fn color<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.color(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "color", e),
            }
            self
        }
        #[inline]
        pub fn description<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.description(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "description", e),
            }
            self
        }
        ///Unique within the group; derived from the title when omitted.
        #[inline]
        pub fn slug<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.slug(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "slug", e),
            }
            self
        }
        #[inline]
        pub fn title<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.title(v)),
                Err(e) => crate::builders::fail(&mut self.error, "title", e),
            }
            self
        }
        ///Sends a `POST` request to `/groups/{group_id}/projects`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<Project>> + 'a {
            crate::calls::send_call(self.call(), Self::payload)
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<Project>>,
        > + 'a {
            crate::calls::send_call_with_response(self.call(), Self::payload)
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ProjectEnvelope) -> crate::Result<Project> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "create_project")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::ProjectEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, group_id, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "create_project"),
                );
            }
            if let Some(value) = group_id {
                inner = inner.group_id(client.resolve_group_owned(value).await?);
            }
            crate::calls::call_prepared(inner.prepare(), "clink", "create_project").await
        }
    }
    ///The request of [`get_project`](crate::clink::Client::get_project): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct GetProject<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::GetProject<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for GetProject<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("GetProject");
            crate::builders::debug_required(
                &mut d,
                "project_id",
                &self.inner.project_id,
            );
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> GetProject<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().get_project(),
                error: None,
            }
        }
        ///The project's id.
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.project_id(value);
            self
        }
        ///Sends a `GET` request to `/projects/{project_id}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<Project>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "clink",
                "get_project",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<Project>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "clink",
                "get_project",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ProjectEnvelope) -> crate::Result<Project> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "get_project")),
            };
            Ok(payload)
        }
    }
    ///The request of [`update_project`](crate::clink::Client::update_project): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct UpdateProject<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::UpdateProject<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for UpdateProject<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("UpdateProject");
            crate::builders::debug_required(
                &mut d,
                "project_id",
                &self.inner.project_id,
            );
            crate::builders::debug_body::<
                super::types::UpdateProjectRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> UpdateProject<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().update_project(),
                error: None,
            }
        }
        ///The project's id.
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.project_id(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateProjectRequest>,
            <V as std::convert::TryInto<
                types::UpdateProjectRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        #[inline]
        pub fn color<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.color(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "color", e),
            }
            self
        }
        #[inline]
        pub fn description<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.description(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "description", e),
            }
            self
        }
        #[inline]
        pub fn slug<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.slug(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "slug", e),
            }
            self
        }
        #[inline]
        pub fn title<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.title(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "title", e),
            }
            self
        }
        ///Sends a `PATCH` request to `/projects/{project_id}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<Project>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "clink",
                "update_project",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<Project>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "clink",
                "update_project",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ProjectEnvelope) -> crate::Result<Project> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "update_project")),
            };
            Ok(payload)
        }
    }
    ///The request of [`complete_project`](crate::clink::Client::complete_project): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct CompleteProject<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::CompleteProject<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for CompleteProject<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("CompleteProject");
            crate::builders::debug_required(
                &mut d,
                "project_id",
                &self.inner.project_id,
            );
            crate::builders::debug_body::<
                super::types::EmptyRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> CompleteProject<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().complete_project(),
                error: None,
            }
        }
        ///The project's id.
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.project_id(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmptyRequest>,
            <V as std::convert::TryInto<types::EmptyRequest>>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///Sends a `POST` request to `/projects/{project_id}/complete`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<Project>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "clink",
                "complete_project",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<Project>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "clink",
                "complete_project",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ProjectEnvelope) -> crate::Result<Project> {
            let payload = match body.data {
                Some(data) => data,
                None => {
                    return Err(crate::transport::no_data("clink", "complete_project"));
                }
            };
            Ok(payload)
        }
    }
    ///The request of [`archive_project`](crate::clink::Client::archive_project): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct ArchiveProject<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::ArchiveProject<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for ArchiveProject<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("ArchiveProject");
            crate::builders::debug_required(
                &mut d,
                "project_id",
                &self.inner.project_id,
            );
            crate::builders::debug_body::<
                super::types::EmptyRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> ArchiveProject<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().archive_project(),
                error: None,
            }
        }
        ///The project's id.
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.project_id(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmptyRequest>,
            <V as std::convert::TryInto<types::EmptyRequest>>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///Sends a `POST` request to `/projects/{project_id}/archive`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<Project>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "clink",
                "archive_project",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<Project>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "clink",
                "archive_project",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ProjectEnvelope) -> crate::Result<Project> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "archive_project")),
            };
            Ok(payload)
        }
    }
    ///The request of [`reopen_project`](crate::clink::Client::reopen_project): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct ReopenProject<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::ReopenProject<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for ReopenProject<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("ReopenProject");
            crate::builders::debug_required(
                &mut d,
                "project_id",
                &self.inner.project_id,
            );
            crate::builders::debug_body::<
                super::types::EmptyRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> ReopenProject<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().reopen_project(),
                error: None,
            }
        }
        ///The project's id.
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.project_id(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmptyRequest>,
            <V as std::convert::TryInto<types::EmptyRequest>>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///Sends a `POST` request to `/projects/{project_id}/reopen`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<Project>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "clink",
                "reopen_project",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<Project>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "clink",
                "reopen_project",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ProjectEnvelope) -> crate::Result<Project> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "reopen_project")),
            };
            Ok(payload)
        }
    }
    ///The request of [`list_project_milestones`](crate::clink::Client::list_project_milestones): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct ListProjectMilestones<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::ListProjectMilestones<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for ListProjectMilestones<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("ListProjectMilestones");
            crate::builders::debug_required(
                &mut d,
                "project_id",
                &self.inner.project_id,
            );
            crate::builders::debug_optional(&mut d, "limit", &self.inner.limit);
            crate::builders::debug_optional(&mut d, "status", &self.inner.status);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> ListProjectMilestones<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().list_project_milestones(),
                error: None,
            }
        }
        ///The project's id.
        #[inline]
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.project_id(value);
            self
        }
        ///Maximum number of items to return (the server applies its own default and cap).
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.limit(value);
            self
        }
        ///Only milestones in this status (server default - all).
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::MilestoneStatus>,
        {
            self.inner = self.inner.status(value);
            self
        }
        ///Sends a `GET` request to `/projects/{project_id}/milestones`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<MilestoneList>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "clink",
                "list_project_milestones",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<MilestoneList>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "clink",
                "list_project_milestones",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::MilestoneListEnvelope) -> crate::Result<MilestoneList> {
            let payload = match body.data {
                Some(data) => data,
                None => {
                    return Err(
                        crate::transport::no_data("clink", "list_project_milestones"),
                    );
                }
            };
            Ok(payload)
        }
    }
    ///The request of [`list_proposals`](crate::clink::Client::list_proposals): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct ListProposals<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::ListProposals<'a>,
        error: Option<String>,
        group_id: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for ListProposals<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("ListProposals");
            crate::builders::debug_set(&mut d, "group_id", self.group_id.as_ref());
            crate::builders::debug_optional(&mut d, "limit", &self.inner.limit);
            crate::builders::debug_optional(&mut d, "status", &self.inner.status);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> ListProposals<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().list_proposals(),
                error: None,
                group_id: None,
            }
        }
        /**The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.*/
        #[inline]
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        ///Alias of [`group_id`](Self::group_id): a slug or an id.
        #[inline]
        pub fn group(self, value: impl Into<String>) -> Self {
            self.group_id(value)
        }
        ///Maximum number of items to return (the server applies its own default and cap).
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.limit(value);
            self
        }
        ///Only proposals in this status.
        #[inline]
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::ProposalStatus>,
        {
            self.inner = self.inner.status(value);
            self
        }
        ///Sends a `GET` request to `/groups/{group_id}/proposals`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<ProposalList>> + 'a {
            crate::calls::send_call(self.call(), Self::payload)
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<ProposalList>>,
        > + 'a {
            crate::calls::send_call_with_response(self.call(), Self::payload)
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ProposalListEnvelope) -> crate::Result<ProposalList> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "list_proposals")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<
            progenitor_client::ResponseValue<types::ProposalListEnvelope>,
        > {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, group_id, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "list_proposals"),
                );
            }
            if let Some(value) = group_id {
                inner = inner.group_id(client.resolve_group_owned(value).await?);
            }
            crate::calls::call_prepared(inner.prepare(), "clink", "list_proposals").await
        }
    }
    ///The request of [`create_proposal`](crate::clink::Client::create_proposal): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct CreateProposal<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::CreateProposal<'a>,
        error: Option<String>,
        group_id: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for CreateProposal<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("CreateProposal");
            crate::builders::debug_set(&mut d, "group_id", self.group_id.as_ref());
            crate::builders::debug_body::<
                super::types::CreateProposalRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> CreateProposal<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().create_proposal(),
                error: None,
                group_id: None,
            }
        }
        /**The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.*/
        #[inline]
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        ///Alias of [`group_id`](Self::group_id): a slug or an id.
        #[inline]
        pub fn group(self, value: impl Into<String>) -> Self {
            self.group_id(value)
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateProposalRequest>,
            <V as std::convert::TryInto<
                types::CreateProposalRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///Voting closes this many hours after creation.
        #[inline]
        pub fn deadline_hours<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.deadline_hours(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "deadline_hours", e),
            }
            self
        }
        #[inline]
        pub fn description<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.description(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "description", e),
            }
            self
        }
        ///The choices; required for `single` and `ranked`, ignored for `yes_no`.
        #[inline]
        pub fn options<I, V>(mut self, values: I) -> Self
        where
            I: IntoIterator<Item = V>,
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            let values: Result<Vec<::std::string::String>, _> = values
                .into_iter()
                .map(|v| v.try_into())
                .collect();
            match values {
                Ok(v) => self.inner = self.inner.body_map(|b| b.options(v)),
                Err(e) => crate::builders::fail(&mut self.error, "options", e),
            }
            self
        }
        #[inline]
        pub fn threshold_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::ThresholdType>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.threshold_type(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "threshold_type", e),
            }
            self
        }
        #[inline]
        pub fn title<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.title(v)),
                Err(e) => crate::builders::fail(&mut self.error, "title", e),
            }
            self
        }
        #[inline]
        pub fn voting_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::VotingType>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.voting_type(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "voting_type", e),
            }
            self
        }
        ///Sends a `POST` request to `/groups/{group_id}/proposals`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<Proposal>> + 'a {
            crate::calls::send_call(self.call(), Self::payload)
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<Proposal>>,
        > + 'a {
            crate::calls::send_call_with_response(self.call(), Self::payload)
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ProposalEnvelope) -> crate::Result<Proposal> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "create_proposal")),
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<progenitor_client::ResponseValue<types::ProposalEnvelope>> {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, group_id, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "create_proposal"),
                );
            }
            if let Some(value) = group_id {
                inner = inner.group_id(client.resolve_group_owned(value).await?);
            }
            crate::calls::call_prepared(inner.prepare(), "clink", "create_proposal")
                .await
        }
    }
    ///The request of [`get_proposal`](crate::clink::Client::get_proposal): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct GetProposal<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::GetProposal<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for GetProposal<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("GetProposal");
            crate::builders::debug_required(
                &mut d,
                "proposal_id",
                &self.inner.proposal_id,
            );
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> GetProposal<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().get_proposal(),
                error: None,
            }
        }
        ///The proposal's id.
        #[inline]
        pub fn proposal_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.proposal_id(value);
            self
        }
        ///Sends a `GET` request to `/proposals/{proposal_id}`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<Proposal>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "clink",
                "get_proposal",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<Proposal>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "clink",
                "get_proposal",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ProposalEnvelope) -> crate::Result<Proposal> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "get_proposal")),
            };
            Ok(payload)
        }
    }
    ///The request of [`cast_vote`](crate::clink::Client::cast_vote): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct CastVote<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::CastVote<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for CastVote<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("CastVote");
            crate::builders::debug_required(
                &mut d,
                "proposal_id",
                &self.inner.proposal_id,
            );
            crate::builders::debug_body::<
                super::types::CastVoteRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> CastVote<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().cast_vote(),
                error: None,
            }
        }
        ///The proposal's id.
        #[inline]
        pub fn proposal_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.proposal_id(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CastVoteRequest>,
            <V as std::convert::TryInto<
                types::CastVoteRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        #[inline]
        pub fn comment<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.comment(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "comment", e),
            }
            self
        }
        ///Validity of the human-verification link in seconds, 60 to 172800 (server default 300).
        #[inline]
        pub fn hil_expiry_seconds<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => {
                    self.inner = self.inner.body_map(|b| b.hil_expiry_seconds(Some(v)));
                }
                Err(e) => crate::builders::fail(&mut self.error, "hil_expiry_seconds", e),
            }
            self
        }
        ///`yes`/`no`, one of the options, or a ranking, depending on the voting type.
        #[inline]
        pub fn vote<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.vote(v)),
                Err(e) => crate::builders::fail(&mut self.error, "vote", e),
            }
            self
        }
        ///Sends a `POST` request to `/proposals/{proposal_id}/vote`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::clink::Outcome<types::Proposal>>,
        > + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "clink",
                "cast_vote",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<
                crate::Response<crate::clink::Outcome<types::Proposal>>,
            >,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "clink",
                "cast_vote",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: types::ProposalOrHilRequiredEnvelope,
        ) -> crate::Result<crate::clink::Outcome<types::Proposal>> {
            let payload = crate::clink::Outcome::decode(
                "cast_vote",
                {
                    match body.data {
                        Some(data) => data,
                        None => {
                            return Err(crate::transport::no_data("clink", "cast_vote"));
                        }
                    }
                },
            )?;
            Ok(payload)
        }
    }
    ///The request of [`finalize_proposal`](crate::clink::Client::finalize_proposal): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct FinalizeProposal<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::FinalizeProposal<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for FinalizeProposal<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("FinalizeProposal");
            crate::builders::debug_required(
                &mut d,
                "proposal_id",
                &self.inner.proposal_id,
            );
            crate::builders::debug_body::<
                super::types::FinalizeProposalRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> FinalizeProposal<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().finalize_proposal(),
                error: None,
            }
        }
        ///The proposal's id.
        #[inline]
        pub fn proposal_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.inner = self.inner.proposal_id(value);
            self
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FinalizeProposalRequest>,
            <V as std::convert::TryInto<
                types::FinalizeProposalRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        ///Electorate size for the `quorum` threshold (default - the number of votes cast).
        #[inline]
        pub fn total_eligible_voters<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => {
                    self.inner = self
                        .inner
                        .body_map(|b| b.total_eligible_voters(Some(v)));
                }
                Err(e) => {
                    crate::builders::fail(&mut self.error, "total_eligible_voters", e)
                }
            }
            self
        }
        ///Sends a `POST` request to `/proposals/{proposal_id}/finalize`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<Proposal>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "clink",
                "finalize_proposal",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<Proposal>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "clink",
                "finalize_proposal",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(body: types::ProposalEnvelope) -> crate::Result<Proposal> {
            let payload = match body.data {
                Some(data) => data,
                None => {
                    return Err(crate::transport::no_data("clink", "finalize_proposal"));
                }
            };
            Ok(payload)
        }
    }
    ///The request of [`submit_feedback`](crate::clink::Client::submit_feedback): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct SubmitFeedback<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::SubmitFeedback<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for SubmitFeedback<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("SubmitFeedback");
            crate::builders::debug_body::<
                super::types::SubmitFeedbackRequest,
                _,
            >(&mut d, &self.inner.body);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> SubmitFeedback<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().submit_feedback(),
                error: None,
            }
        }
        /// Sets the whole request body at once (a value or its builder); the field
        /// setters change it afterwards.
        #[inline]
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SubmitFeedbackRequest>,
            <V as std::convert::TryInto<
                types::SubmitFeedbackRequest,
            >>::Error: std::fmt::Display,
        {
            self.inner = self.inner.body(value);
            self
        }
        #[inline]
        pub fn category<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::clink::generated::enums::FeedbackCategory>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.category(v)),
                Err(e) => crate::builders::fail(&mut self.error, "category", e),
            }
            self
        }
        ///The feedback text, at most 8192 characters.
        #[inline]
        pub fn content<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.content(v)),
                Err(e) => crate::builders::fail(&mut self.error, "content", e),
            }
            self
        }
        #[inline]
        pub fn context<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<FeedbackContext>,
            V::Error: std::fmt::Display,
        {
            match value.try_into() {
                Ok(v) => self.inner = self.inner.body_map(|b| b.context(Some(v))),
                Err(e) => crate::builders::fail(&mut self.error, "context", e),
            }
            self
        }
        ///Sends a `POST` request to `/feedback`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<FeedbackResponse>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "clink",
                "submit_feedback",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<FeedbackResponse>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "clink",
                "submit_feedback",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: types::FeedbackResponseEnvelope,
        ) -> crate::Result<FeedbackResponse> {
            let payload = match body.data {
                Some(data) => data,
                None => return Err(crate::transport::no_data("clink", "submit_feedback")),
            };
            Ok(payload)
        }
    }
    ///The request of [`get_my_permissions`](crate::clink::Client::get_my_permissions): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct GetMyPermissions<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::GetMyPermissions<'a>,
        error: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for GetMyPermissions<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("GetMyPermissions");
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> GetMyPermissions<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().get_my_permissions(),
                error: None,
            }
        }
        ///Sends a `GET` request to `/api-keys/me/permissions`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<Output = crate::Result<PermissionsResponse>> + 'a {
            crate::calls::send(
                self.error,
                self.inner.prepare(),
                "clink",
                "get_my_permissions",
                Self::payload,
            )
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<PermissionsResponse>>,
        > + 'a {
            crate::calls::send_with_response(
                self.error,
                self.inner.prepare(),
                "clink",
                "get_my_permissions",
                Self::payload,
            )
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: types::PermissionsResponseEnvelope,
        ) -> crate::Result<PermissionsResponse> {
            let payload = match body.data {
                Some(data) => data,
                None => {
                    return Err(crate::transport::no_data("clink", "get_my_permissions"));
                }
            };
            Ok(payload)
        }
    }
    ///The request of [`list_pending_verifications`](crate::clink::Client::list_pending_verifications): set its parameters and body fields, then [`send`](Self::send) it.
    #[must_use = "a request does nothing until it is sent"]
    #[derive(Clone)]
    pub struct ListPendingVerifications<'a> {
        client: &'a crate::clink::Client,
        inner: super::builder::ListPendingVerifications<'a>,
        error: Option<String>,
        group_id: Option<String>,
    }
    /// The parameters and body set so far (secret ones redacted), and an invalid
    /// argument if one was given.
    impl std::fmt::Debug for ListPendingVerifications<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            let mut d = f.debug_struct("ListPendingVerifications");
            crate::builders::debug_set(&mut d, "group_id", self.group_id.as_ref());
            crate::builders::debug_optional(&mut d, "limit", &self.inner.limit);
            if let Some(error) = &self.error {
                d.field("error", error);
            }
            d.finish()
        }
    }
    #[allow(deprecated)]
    impl<'a> ListPendingVerifications<'a> {
        #[inline]
        pub(crate) fn new(client: &'a crate::clink::Client) -> Self {
            Self {
                client,
                inner: client.raw().list_pending_verifications(),
                error: None,
                group_id: None,
            }
        }
        /**The group: its UUID or its slug. The wire takes the UUID; the SDK resolves a slug
(`list_groups` with `slug`) once per client and caches it.*/
        #[inline]
        pub fn group_id(mut self, value: impl Into<String>) -> Self {
            self.group_id = Some(value.into());
            self
        }
        ///Alias of [`group_id`](Self::group_id): a slug or an id.
        #[inline]
        pub fn group(self, value: impl Into<String>) -> Self {
            self.group_id(value)
        }
        ///Maximum number of items to return (the server applies its own default and cap).
        #[inline]
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.inner = self.inner.limit(value);
            self
        }
        ///Sends a `GET` request to `/groups/{group_id}/hil/pending`
        ///
        /// Returns the payload; [`send_with_response`](Self::send_with_response) also
        /// returns the status, headers and request id.
        #[inline]
        pub fn send(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<PendingVerificationList>,
        > + 'a {
            crate::calls::send_call(self.call(), Self::payload)
        }
        /// Like [`send`](Self::send), with the response's status, headers and request id.
        #[inline]
        pub fn send_with_response(
            self,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::Response<PendingVerificationList>>,
        > + 'a {
            crate::calls::send_call_with_response(self.call(), Self::payload)
        }
        /// The payload of a decoded answer (envelope unwrapped, service rules applied),
        /// for both `send` and `send_with_response`.
        #[inline]
        fn payload(
            body: types::PendingVerificationListEnvelope,
        ) -> crate::Result<PendingVerificationList> {
            let payload = match body.data {
                Some(data) => data,
                None => {
                    return Err(
                        crate::transport::no_data("clink", "list_pending_verifications"),
                    );
                }
            };
            Ok(payload)
        }
        #[inline]
        async fn call(
            self,
        ) -> crate::Result<
            progenitor_client::ResponseValue<types::PendingVerificationListEnvelope>,
        > {
            #[allow(unused_mut, unused_variables)]
            let Self { client, mut inner, error, group_id, .. } = self;
            if let Some(e) = error {
                return Err(
                    crate::Error::invalid_request(e)
                        .with_operation("clink", "list_pending_verifications"),
                );
            }
            if let Some(value) = group_id {
                inner = inner.group_id(client.resolve_group_owned(value).await?);
            }
            crate::calls::call_prepared(
                    inner.prepare(),
                    "clink",
                    "list_pending_verifications",
                )
                .await
        }
    }
}
///Open enums of the clink API: each keeps unknown values in `Unknown(String)`.
pub mod enums {
    crate::open_enum! {
        #[doc = "State of a checkpoint."] CheckpointStatus { Pending = "pending",
        Completed = "completed" }
    }
    crate::open_enum! {
        #[doc = "Processing state of a clink."] ClinkStatus { Pending = "pending",
        Claimed = "claimed", Completed = "completed" }
    }
    crate::open_enum! {
        #[doc = "Kind of product feedback."] FeedbackCategory { Bug = "bug", Feature =
        "feature", Improvement = "improvement", Other = "other" }
    }
    crate::open_enum! {
        #[doc =
        "Whether an `HilRequired` answer started a `new` verification or refers to one that is\nstill `pending`.\n"]
        HilVerificationStatus { New = "new", Pending = "pending" }
    }
    crate::open_enum! {
        #[doc = "State of a milestone (`closed` once every checkpoint is completed)."]
        MilestoneStatus { Active = "active", Closed = "closed" }
    }
    crate::open_enum! {
        #[doc = "Who owns an API key."] PermissionOwnerType { User = "user", AgentProfile
        = "agent_profile" }
    }
    crate::open_enum! {
        #[doc = "What an API key is scoped to."] PermissionScopeType { User = "user",
        Group = "group" }
    }
    crate::open_enum! {
        #[doc = "State of a project."] ProjectStatus { Active = "active", Completed =
        "completed", Archived = "archived" }
    }
    crate::open_enum! {
        #[doc = "State of a proposal."] ProposalStatus { Open = "open", Finalized =
        "finalized" }
    }
    crate::open_enum! {
        #[doc =
        "What it takes for a proposal to pass: `majority` (>50%), `two_thirds` (>=2/3),\n`unanimous` (100%), `quorum` (>50% participation and a majority).\n"]
        ThresholdType { Majority = "majority", TwoThirds = "two_thirds", Unanimous =
        "unanimous", Quorum = "quorum" }
    }
    crate::open_enum! {
        #[doc = "State of a human-in-the-loop verification."] VerificationStatus {
        Pending = "pending", Expired = "expired", Verified = "verified" }
    }
    crate::open_enum! {
        #[doc = "What a human-in-the-loop verification guards."] VerificationTargetType {
        Checkpoint = "checkpoint", Vote = "vote" }
    }
    crate::open_enum! {
        #[doc =
        "How a proposal is voted on: `yes_no` (approve/reject), `single` (choose one option),\n`ranked` (order the options by preference).\n"]
        VotingType { Single = "single", YesNo = "yes_no", Ranked = "ranked" }
    }
}
impl progenitor_client::ClientHooks<crate::transport::Transport> for Client {
    #[inline]
    async fn exec(
        &self,
        request: reqwest::Request,
        info: &progenitor_client::OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let inner = <Self as progenitor_client::ClientInfo<
            crate::transport::Transport,
        >>::inner(self);
        crate::transport::HasTransport::transport(inner)
            .exec(request, info.operation_id)
            .await
    }
}
impl Client {
    /// A handle to the same client whose calls apply `options` (timeout, retries,
    /// idempotency key, extra headers). Cheap: the connection pool is shared.
    #[inline]
    pub fn with_options(&self, options: crate::transport::CallOptions) -> Self {
        Self {
            baseurl: self.baseurl.clone(),
            base: self.base.clone(),
            client: self.client.clone(),
            inner: crate::transport::HasTransport::with_call_options(
                &self.inner,
                options,
            ),
        }
    }
}
/// The success status each operation declares in the spec.
#[inline]
pub fn declared_status(operation_id: &str) -> Option<u16> {
    match operation_id {
        "list_groups" => Some(200u16),
        "get_group" => Some(200u16),
        "list_members" => Some(200u16),
        "get_clinks" => Some(200u16),
        "mark_read" => Some(200u16),
        "send_clink" => Some(200u16),
        "check_inbox" => Some(200u16),
        "claim_clink" => Some(200u16),
        "release_clink" => Some(200u16),
        "complete_clink" => Some(200u16),
        "list_milestones" => Some(200u16),
        "create_milestone" => Some(200u16),
        "get_milestone" => Some(200u16),
        "update_milestone" => Some(200u16),
        "add_checkpoint" => Some(200u16),
        "delete_checkpoint" => Some(200u16),
        "update_checkpoint" => Some(200u16),
        "complete_checkpoint" => Some(200u16),
        "reopen_milestone" => Some(200u16),
        "list_projects" => Some(200u16),
        "create_project" => Some(200u16),
        "get_project" => Some(200u16),
        "update_project" => Some(200u16),
        "complete_project" => Some(200u16),
        "archive_project" => Some(200u16),
        "reopen_project" => Some(200u16),
        "list_project_milestones" => Some(200u16),
        "list_proposals" => Some(200u16),
        "create_proposal" => Some(200u16),
        "get_proposal" => Some(200u16),
        "cast_vote" => Some(200u16),
        "finalize_proposal" => Some(200u16),
        "submit_feedback" => Some(200u16),
        "get_my_permissions" => Some(200u16),
        "list_pending_verifications" => Some(200u16),
        _ => None,
    }
}
/// Every operation with a string path parameter, for the path-parameter test: not API.
#[cfg(feature = "mock")]
#[doc(hidden)]
pub mod path_probe {
    /// `(operation id, path template)` of every operation with a string path parameter.
    pub const OPERATIONS: &[(&str, &str)] = &[
        ("get_group", "/groups/{group_id}"),
        ("list_members", "/groups/{group_id}/members"),
        ("send_clink", "/groups/{group_id}/clinks"),
        ("claim_clink", "/clinks/{clink_id}/claim"),
        ("release_clink", "/clinks/{clink_id}/release"),
        ("complete_clink", "/clinks/{clink_id}/complete"),
        ("list_milestones", "/groups/{group_id}/milestones"),
        ("create_milestone", "/groups/{group_id}/milestones"),
        ("get_milestone", "/milestones/{milestone_id}"),
        ("update_milestone", "/milestones/{milestone_id}"),
        ("add_checkpoint", "/milestones/{milestone_id}/checkpoints"),
        ("delete_checkpoint", "/milestones/{milestone_id}/checkpoints/{order}"),
        ("update_checkpoint", "/milestones/{milestone_id}/checkpoints/{order}"),
        (
            "complete_checkpoint",
            "/milestones/{milestone_id}/checkpoints/{order}/complete",
        ),
        ("reopen_milestone", "/milestones/{milestone_id}/reopen"),
        ("list_projects", "/groups/{group_id}/projects"),
        ("create_project", "/groups/{group_id}/projects"),
        ("get_project", "/projects/{project_id}"),
        ("update_project", "/projects/{project_id}"),
        ("complete_project", "/projects/{project_id}/complete"),
        ("archive_project", "/projects/{project_id}/archive"),
        ("reopen_project", "/projects/{project_id}/reopen"),
        ("list_project_milestones", "/projects/{project_id}/milestones"),
        ("list_proposals", "/groups/{group_id}/proposals"),
        ("create_proposal", "/groups/{group_id}/proposals"),
        ("get_proposal", "/proposals/{proposal_id}"),
        ("cast_vote", "/proposals/{proposal_id}/vote"),
        ("finalize_proposal", "/proposals/{proposal_id}/finalize"),
        ("list_pending_verifications", "/groups/{group_id}/hil/pending"),
    ];
    /// Sends `operation` with `value` in each of its string path parameters.
    #[allow(deprecated)]
    #[inline]
    pub async fn call(
        client: &crate::clink::Client,
        operation: &str,
        value: &str,
    ) -> crate::Result<()> {
        match operation {
            "get_group" => {
                crate::calls::exec_raw(
                        client.raw().get_group().group_id(value).prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "list_members" => {
                crate::calls::exec_raw(
                        client.raw().list_members().group_id(value).prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "send_clink" => {
                crate::calls::exec_raw(
                        client
                            .raw()
                            .send_clink()
                            .group_id(value)
                            .body(
                                serde_json::from_str::<
                                    super::types::SendClinkRequest,
                                >("{\"content\":\"x\"}")
                                    .expect("sample body"),
                            )
                            .prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "claim_clink" => {
                crate::calls::exec_raw(
                        client
                            .raw()
                            .claim_clink()
                            .clink_id(value)
                            .body(
                                serde_json::from_str::<
                                    super::types::ClaimClinkRequest,
                                >("{}")
                                    .expect("sample body"),
                            )
                            .prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "release_clink" => {
                crate::calls::exec_raw(
                        client
                            .raw()
                            .release_clink()
                            .clink_id(value)
                            .body(
                                serde_json::from_str::<super::types::EmptyRequest>("{}")
                                    .expect("sample body"),
                            )
                            .prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "complete_clink" => {
                crate::calls::exec_raw(
                        client
                            .raw()
                            .complete_clink()
                            .clink_id(value)
                            .body(
                                serde_json::from_str::<
                                    super::types::CompleteClinkRequest,
                                >("{}")
                                    .expect("sample body"),
                            )
                            .prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "list_milestones" => {
                crate::calls::exec_raw(
                        client.raw().list_milestones().group_id(value).prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "create_milestone" => {
                crate::calls::exec_raw(
                        client
                            .raw()
                            .create_milestone()
                            .group_id(value)
                            .body(
                                serde_json::from_str::<
                                    super::types::CreateMilestoneRequest,
                                >("{\"checkpoints\":[],\"title\":\"x\"}")
                                    .expect("sample body"),
                            )
                            .prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "get_milestone" => {
                crate::calls::exec_raw(
                        client.raw().get_milestone().milestone_id(value).prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "update_milestone" => {
                crate::calls::exec_raw(
                        client
                            .raw()
                            .update_milestone()
                            .milestone_id(value)
                            .body(
                                serde_json::from_str::<
                                    super::types::UpdateMilestoneRequest,
                                >("{}")
                                    .expect("sample body"),
                            )
                            .prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "add_checkpoint" => {
                crate::calls::exec_raw(
                        client
                            .raw()
                            .add_checkpoint()
                            .milestone_id(value)
                            .body(
                                serde_json::from_str::<
                                    super::types::AddCheckpointRequest,
                                >("{\"title\":\"x\"}")
                                    .expect("sample body"),
                            )
                            .prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "delete_checkpoint" => {
                crate::calls::exec_raw(
                        client
                            .raw()
                            .delete_checkpoint()
                            .milestone_id(value)
                            .order(1i64)
                            .prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "update_checkpoint" => {
                crate::calls::exec_raw(
                        client
                            .raw()
                            .update_checkpoint()
                            .milestone_id(value)
                            .order(1i64)
                            .body(
                                serde_json::from_str::<
                                    super::types::UpdateCheckpointRequest,
                                >("{}")
                                    .expect("sample body"),
                            )
                            .prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "complete_checkpoint" => {
                crate::calls::exec_raw(
                        client
                            .raw()
                            .complete_checkpoint()
                            .milestone_id(value)
                            .order(1i64)
                            .body(
                                serde_json::from_str::<
                                    super::types::CompleteCheckpointRequest,
                                >("{}")
                                    .expect("sample body"),
                            )
                            .prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "reopen_milestone" => {
                crate::calls::exec_raw(
                        client
                            .raw()
                            .reopen_milestone()
                            .milestone_id(value)
                            .body(
                                serde_json::from_str::<super::types::EmptyRequest>("{}")
                                    .expect("sample body"),
                            )
                            .prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "list_projects" => {
                crate::calls::exec_raw(
                        client.raw().list_projects().group_id(value).prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "create_project" => {
                crate::calls::exec_raw(
                        client
                            .raw()
                            .create_project()
                            .group_id(value)
                            .body(
                                serde_json::from_str::<
                                    super::types::CreateProjectRequest,
                                >("{\"title\":\"x\"}")
                                    .expect("sample body"),
                            )
                            .prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "get_project" => {
                crate::calls::exec_raw(
                        client.raw().get_project().project_id(value).prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "update_project" => {
                crate::calls::exec_raw(
                        client
                            .raw()
                            .update_project()
                            .project_id(value)
                            .body(
                                serde_json::from_str::<
                                    super::types::UpdateProjectRequest,
                                >("{}")
                                    .expect("sample body"),
                            )
                            .prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "complete_project" => {
                crate::calls::exec_raw(
                        client
                            .raw()
                            .complete_project()
                            .project_id(value)
                            .body(
                                serde_json::from_str::<super::types::EmptyRequest>("{}")
                                    .expect("sample body"),
                            )
                            .prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "archive_project" => {
                crate::calls::exec_raw(
                        client
                            .raw()
                            .archive_project()
                            .project_id(value)
                            .body(
                                serde_json::from_str::<super::types::EmptyRequest>("{}")
                                    .expect("sample body"),
                            )
                            .prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "reopen_project" => {
                crate::calls::exec_raw(
                        client
                            .raw()
                            .reopen_project()
                            .project_id(value)
                            .body(
                                serde_json::from_str::<super::types::EmptyRequest>("{}")
                                    .expect("sample body"),
                            )
                            .prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "list_project_milestones" => {
                crate::calls::exec_raw(
                        client
                            .raw()
                            .list_project_milestones()
                            .project_id(value)
                            .prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "list_proposals" => {
                crate::calls::exec_raw(
                        client.raw().list_proposals().group_id(value).prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "create_proposal" => {
                crate::calls::exec_raw(
                        client
                            .raw()
                            .create_proposal()
                            .group_id(value)
                            .body(
                                serde_json::from_str::<
                                    super::types::CreateProposalRequest,
                                >("{\"title\":\"x\"}")
                                    .expect("sample body"),
                            )
                            .prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "get_proposal" => {
                crate::calls::exec_raw(
                        client.raw().get_proposal().proposal_id(value).prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "cast_vote" => {
                crate::calls::exec_raw(
                        client
                            .raw()
                            .cast_vote()
                            .proposal_id(value)
                            .body(
                                serde_json::from_str::<
                                    super::types::CastVoteRequest,
                                >("{\"vote\":\"x\"}")
                                    .expect("sample body"),
                            )
                            .prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "finalize_proposal" => {
                crate::calls::exec_raw(
                        client
                            .raw()
                            .finalize_proposal()
                            .proposal_id(value)
                            .body(
                                serde_json::from_str::<
                                    super::types::FinalizeProposalRequest,
                                >("{}")
                                    .expect("sample body"),
                            )
                            .prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            "list_pending_verifications" => {
                crate::calls::exec_raw(
                        client
                            .raw()
                            .list_pending_verifications()
                            .group_id(value)
                            .prepare(),
                    )
                    .await
                    .map(|_| ())
            }
            other => Err(crate::Error::invalid_request(format!("no probe for {other}"))),
        }
    }
}
/// httpmock helpers generated from the spec: one typed `when`/`then` pair per operation.
#[cfg(feature = "mock")]
pub mod mock {
    pub mod operations {
        //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
        //! wrappers for each operation. Each can be converted to
        //! its inner type with a call to `into_inner()`. This can
        //! be used to explicitly deviate from permitted values.
        use crate::clink::generated::*;
        pub struct ListGroupsWhen(::httpmock::When);
        impl ListGroupsWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/groups$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn slug<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a str>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("slug", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("slug"))
                }
            }
        }
        pub struct ListGroupsThen(::httpmock::Then);
        impl ListGroupsThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::GroupListEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct GetGroupWhen(::httpmock::When);
        impl GetGroupWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/groups/[^/]*$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn group_id(self, value: &str) -> Self {
                let re = regex::Regex::new(&format!("^/groups/{}$", value.to_string()))
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct GetGroupThen(::httpmock::Then);
        impl GetGroupThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::GroupEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ListMembersWhen(::httpmock::When);
        impl ListMembersWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(
                            regex::Regex::new("^/groups/[^/]*/members$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn group_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/groups/{}/members$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct ListMembersThen(::httpmock::Then);
        impl ListMembersThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::MemberListEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct GetClinksWhen(::httpmock::When);
        impl GetClinksWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/clinks$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn for_me<T>(self, value: T) -> Self
            where
                T: Into<Option<bool>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("for_me", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("for_me"))
                }
            }
            #[inline]
            pub fn group_id<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a str>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("group_id", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("group_id"))
                }
            }
            #[inline]
            pub fn limit<T>(self, value: T) -> Self
            where
                T: Into<Option<i64>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("limit", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("limit"))
                }
            }
            #[inline]
            pub fn mark_read<T>(self, value: T) -> Self
            where
                T: Into<Option<bool>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("mark_read", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("mark_read"))
                }
            }
            #[inline]
            pub fn since<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a crate::Timestamp>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("since", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("since"))
                }
            }
            #[inline]
            pub fn status<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a crate::clink::generated::enums::ClinkStatus>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("status", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("status"))
                }
            }
            #[inline]
            pub fn unread_only<T>(self, value: T) -> Self
            where
                T: Into<Option<bool>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("unread_only", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("unread_only"))
                }
            }
        }
        pub struct GetClinksThen(::httpmock::Then);
        impl GetClinksThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ClinkListEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct MarkReadWhen(::httpmock::When);
        impl MarkReadWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(regex::Regex::new("^/clinks/mark-read$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn body(self, value: &types::MarkReadRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct MarkReadThen(::httpmock::Then);
        impl MarkReadThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::MarkReadResultEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct SendClinkWhen(::httpmock::When);
        impl SendClinkWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/groups/[^/]*/clinks$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn group_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/groups/{}/clinks$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::SendClinkRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct SendClinkThen(::httpmock::Then);
        impl SendClinkThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ClinkEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct CheckInboxWhen(::httpmock::When);
        impl CheckInboxWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/inbox$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn claim<T>(self, value: T) -> Self
            where
                T: Into<Option<bool>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("claim", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("claim"))
                }
            }
            #[inline]
            pub fn for_me<T>(self, value: T) -> Self
            where
                T: Into<Option<bool>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("for_me", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("for_me"))
                }
            }
            #[inline]
            pub fn limit<T>(self, value: T) -> Self
            where
                T: Into<Option<i64>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("limit", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("limit"))
                }
            }
            #[inline]
            pub fn since<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a crate::Timestamp>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("since", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("since"))
                }
            }
            #[inline]
            pub fn status<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a crate::clink::generated::enums::ClinkStatus>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("status", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("status"))
                }
            }
        }
        pub struct CheckInboxThen(::httpmock::Then);
        impl CheckInboxThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::InboxEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ClaimClinkWhen(::httpmock::When);
        impl ClaimClinkWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/clinks/[^/]*/claim$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn clink_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/clinks/{}/claim$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::ClaimClinkRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct ClaimClinkThen(::httpmock::Then);
        impl ClaimClinkThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ClinkEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ReleaseClinkWhen(::httpmock::When);
        impl ReleaseClinkWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/clinks/[^/]*/release$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn clink_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/clinks/{}/release$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::EmptyRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct ReleaseClinkThen(::httpmock::Then);
        impl ReleaseClinkThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ClinkEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct CompleteClinkWhen(::httpmock::When);
        impl CompleteClinkWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/clinks/[^/]*/complete$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn clink_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/clinks/{}/complete$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::CompleteClinkRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct CompleteClinkThen(::httpmock::Then);
        impl CompleteClinkThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::CompleteClinkResultEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ListMilestonesWhen(::httpmock::When);
        impl ListMilestonesWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(
                            regex::Regex::new("^/groups/[^/]*/milestones$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn group_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/groups/{}/milestones$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn limit<T>(self, value: T) -> Self
            where
                T: Into<Option<i64>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("limit", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("limit"))
                }
            }
            #[inline]
            pub fn status<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a crate::clink::generated::enums::MilestoneStatus>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("status", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("status"))
                }
            }
        }
        pub struct ListMilestonesThen(::httpmock::Then);
        impl ListMilestonesThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::MilestoneListEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct CreateMilestoneWhen(::httpmock::When);
        impl CreateMilestoneWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/groups/[^/]*/milestones$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn group_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/groups/{}/milestones$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::CreateMilestoneRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct CreateMilestoneThen(::httpmock::Then);
        impl CreateMilestoneThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::MilestoneEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct GetMilestoneWhen(::httpmock::When);
        impl GetMilestoneWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/milestones/[^/]*$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn milestone_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/milestones/{}$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct GetMilestoneThen(::httpmock::Then);
        impl GetMilestoneThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::MilestoneEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct UpdateMilestoneWhen(::httpmock::When);
        impl UpdateMilestoneWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::PATCH)
                        .path_matches(regex::Regex::new("^/milestones/[^/]*$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn milestone_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/milestones/{}$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::UpdateMilestoneRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct UpdateMilestoneThen(::httpmock::Then);
        impl UpdateMilestoneThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::MilestoneEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct AddCheckpointWhen(::httpmock::When);
        impl AddCheckpointWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/milestones/[^/]*/checkpoints$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn milestone_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/milestones/{}/checkpoints$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::AddCheckpointRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct AddCheckpointThen(::httpmock::Then);
        impl AddCheckpointThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::MilestoneEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct DeleteCheckpointWhen(::httpmock::When);
        impl DeleteCheckpointWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::DELETE)
                        .path_matches(
                            regex::Regex::new("^/milestones/[^/]*/checkpoints/[^/]*$")
                                .unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn milestone_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/milestones/{}/checkpoints/.*$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn order(self, value: i64) -> Self {
                let re = regex::Regex::new(
                        &format!("^/milestones/.*/checkpoints/{}$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct DeleteCheckpointThen(::httpmock::Then);
        impl DeleteCheckpointThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::MilestoneEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct UpdateCheckpointWhen(::httpmock::When);
        impl UpdateCheckpointWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::PATCH)
                        .path_matches(
                            regex::Regex::new("^/milestones/[^/]*/checkpoints/[^/]*$")
                                .unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn milestone_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/milestones/{}/checkpoints/.*$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn order(self, value: i64) -> Self {
                let re = regex::Regex::new(
                        &format!("^/milestones/.*/checkpoints/{}$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::UpdateCheckpointRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct UpdateCheckpointThen(::httpmock::Then);
        impl UpdateCheckpointThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::MilestoneEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct CompleteCheckpointWhen(::httpmock::When);
        impl CompleteCheckpointWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new(
                                    "^/milestones/[^/]*/checkpoints/[^/]*/complete$",
                                )
                                .unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn milestone_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!(
                            "^/milestones/{}/checkpoints/.*/complete$", value.to_string()
                        ),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn order(self, value: i64) -> Self {
                let re = regex::Regex::new(
                        &format!(
                            "^/milestones/.*/checkpoints/{}/complete$", value.to_string()
                        ),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::CompleteCheckpointRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct CompleteCheckpointThen(::httpmock::Then);
        impl CompleteCheckpointThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::MilestoneOrHilRequiredEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ReopenMilestoneWhen(::httpmock::When);
        impl ReopenMilestoneWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/milestones/[^/]*/reopen$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn milestone_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/milestones/{}/reopen$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::EmptyRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct ReopenMilestoneThen(::httpmock::Then);
        impl ReopenMilestoneThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::MilestoneEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ListProjectsWhen(::httpmock::When);
        impl ListProjectsWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(
                            regex::Regex::new("^/groups/[^/]*/projects$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn group_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/groups/{}/projects$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn limit<T>(self, value: T) -> Self
            where
                T: Into<Option<i64>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("limit", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("limit"))
                }
            }
            #[inline]
            pub fn status<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a crate::clink::generated::enums::ProjectStatus>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("status", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("status"))
                }
            }
        }
        pub struct ListProjectsThen(::httpmock::Then);
        impl ListProjectsThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ProjectListEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct CreateProjectWhen(::httpmock::When);
        impl CreateProjectWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/groups/[^/]*/projects$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn group_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/groups/{}/projects$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::CreateProjectRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct CreateProjectThen(::httpmock::Then);
        impl CreateProjectThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ProjectEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct GetProjectWhen(::httpmock::When);
        impl GetProjectWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/projects/[^/]*$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn project_id(self, value: &str) -> Self {
                let re = regex::Regex::new(&format!("^/projects/{}$", value.to_string()))
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct GetProjectThen(::httpmock::Then);
        impl GetProjectThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ProjectEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct UpdateProjectWhen(::httpmock::When);
        impl UpdateProjectWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::PATCH)
                        .path_matches(regex::Regex::new("^/projects/[^/]*$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn project_id(self, value: &str) -> Self {
                let re = regex::Regex::new(&format!("^/projects/{}$", value.to_string()))
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::UpdateProjectRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct UpdateProjectThen(::httpmock::Then);
        impl UpdateProjectThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ProjectEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct CompleteProjectWhen(::httpmock::When);
        impl CompleteProjectWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/projects/[^/]*/complete$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn project_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/projects/{}/complete$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::EmptyRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct CompleteProjectThen(::httpmock::Then);
        impl CompleteProjectThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ProjectEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ArchiveProjectWhen(::httpmock::When);
        impl ArchiveProjectWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/projects/[^/]*/archive$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn project_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/projects/{}/archive$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::EmptyRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct ArchiveProjectThen(::httpmock::Then);
        impl ArchiveProjectThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ProjectEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ReopenProjectWhen(::httpmock::When);
        impl ReopenProjectWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/projects/[^/]*/reopen$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn project_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/projects/{}/reopen$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::EmptyRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct ReopenProjectThen(::httpmock::Then);
        impl ReopenProjectThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ProjectEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ListProjectMilestonesWhen(::httpmock::When);
        impl ListProjectMilestonesWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(
                            regex::Regex::new("^/projects/[^/]*/milestones$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn project_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/projects/{}/milestones$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn limit<T>(self, value: T) -> Self
            where
                T: Into<Option<i64>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("limit", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("limit"))
                }
            }
            #[inline]
            pub fn status<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a crate::clink::generated::enums::MilestoneStatus>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("status", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("status"))
                }
            }
        }
        pub struct ListProjectMilestonesThen(::httpmock::Then);
        impl ListProjectMilestonesThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::MilestoneListEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ListProposalsWhen(::httpmock::When);
        impl ListProposalsWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(
                            regex::Regex::new("^/groups/[^/]*/proposals$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn group_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/groups/{}/proposals$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn limit<T>(self, value: T) -> Self
            where
                T: Into<Option<i64>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("limit", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("limit"))
                }
            }
            #[inline]
            pub fn status<'a, T>(self, value: T) -> Self
            where
                T: Into<Option<&'a crate::clink::generated::enums::ProposalStatus>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("status", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("status"))
                }
            }
        }
        pub struct ListProposalsThen(::httpmock::Then);
        impl ListProposalsThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ProposalListEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct CreateProposalWhen(::httpmock::When);
        impl CreateProposalWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/groups/[^/]*/proposals$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn group_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/groups/{}/proposals$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::CreateProposalRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct CreateProposalThen(::httpmock::Then);
        impl CreateProposalThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ProposalEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct GetProposalWhen(::httpmock::When);
        impl GetProposalWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(regex::Regex::new("^/proposals/[^/]*$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn proposal_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/proposals/{}$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
        }
        pub struct GetProposalThen(::httpmock::Then);
        impl GetProposalThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ProposalEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct CastVoteWhen(::httpmock::When);
        impl CastVoteWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/proposals/[^/]*/vote$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn proposal_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/proposals/{}/vote$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::CastVoteRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct CastVoteThen(::httpmock::Then);
        impl CastVoteThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ProposalOrHilRequiredEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct FinalizeProposalWhen(::httpmock::When);
        impl FinalizeProposalWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(
                            regex::Regex::new("^/proposals/[^/]*/finalize$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn proposal_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/proposals/{}/finalize$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn body(self, value: &types::FinalizeProposalRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct FinalizeProposalThen(::httpmock::Then);
        impl FinalizeProposalThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::ProposalEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct SubmitFeedbackWhen(::httpmock::When);
        impl SubmitFeedbackWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::POST)
                        .path_matches(regex::Regex::new("^/feedback$").unwrap()),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn body(self, value: &types::SubmitFeedbackRequest) -> Self {
                Self(self.0.json_body_obj(value))
            }
        }
        pub struct SubmitFeedbackThen(::httpmock::Then);
        impl SubmitFeedbackThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::FeedbackResponseEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct GetMyPermissionsWhen(::httpmock::When);
        impl GetMyPermissionsWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(
                            regex::Regex::new("^/api-keys/me/permissions$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
        }
        pub struct GetMyPermissionsThen(::httpmock::Then);
        impl GetMyPermissionsThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::PermissionsResponseEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
        pub struct ListPendingVerificationsWhen(::httpmock::When);
        impl ListPendingVerificationsWhen {
            #[inline]
            pub fn new(inner: ::httpmock::When) -> Self {
                Self(
                    inner
                        .method(::httpmock::Method::GET)
                        .path_matches(
                            regex::Regex::new("^/groups/[^/]*/hil/pending$").unwrap(),
                        ),
                )
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::When {
                self.0
            }
            #[inline]
            pub fn group_id(self, value: &str) -> Self {
                let re = regex::Regex::new(
                        &format!("^/groups/{}/hil/pending$", value.to_string()),
                    )
                    .unwrap();
                Self(self.0.path_matches(re))
            }
            #[inline]
            pub fn limit<T>(self, value: T) -> Self
            where
                T: Into<Option<i64>>,
            {
                if let Some(value) = value.into() {
                    Self(self.0.query_param("limit", value.to_string()))
                } else {
                    Self(self.0.query_param_missing("limit"))
                }
            }
        }
        pub struct ListPendingVerificationsThen(::httpmock::Then);
        impl ListPendingVerificationsThen {
            #[inline]
            pub fn new(inner: ::httpmock::Then) -> Self {
                Self(inner)
            }
            #[inline]
            pub fn into_inner(self) -> ::httpmock::Then {
                self.0
            }
            #[inline]
            pub fn ok(self, value: &types::PendingVerificationListEnvelope) -> Self {
                Self(
                    self
                        .0
                        .status(200u16)
                        .header("content-type", "application/json")
                        .json_body_obj(value),
                )
            }
        }
    }
    /// An extension trait for [`MockServer`](::httpmock::MockServer) that
    /// adds a method for each operation. These are the equivalent of
    /// type-checked [`mock()`](::httpmock::MockServer::mock) calls.
    pub trait MockServerExt {
        fn list_groups<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListGroupsWhen, operations::ListGroupsThen);
        fn get_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetGroupWhen, operations::GetGroupThen);
        fn list_members<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListMembersWhen, operations::ListMembersThen);
        fn get_clinks<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetClinksWhen, operations::GetClinksThen);
        fn mark_read<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::MarkReadWhen, operations::MarkReadThen);
        fn send_clink<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::SendClinkWhen, operations::SendClinkThen);
        fn check_inbox<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CheckInboxWhen, operations::CheckInboxThen);
        fn claim_clink<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ClaimClinkWhen, operations::ClaimClinkThen);
        fn release_clink<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ReleaseClinkWhen, operations::ReleaseClinkThen);
        fn complete_clink<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CompleteClinkWhen, operations::CompleteClinkThen);
        fn list_milestones<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListMilestonesWhen, operations::ListMilestonesThen);
        fn create_milestone<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreateMilestoneWhen, operations::CreateMilestoneThen);
        fn get_milestone<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetMilestoneWhen, operations::GetMilestoneThen);
        fn update_milestone<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::UpdateMilestoneWhen, operations::UpdateMilestoneThen);
        fn add_checkpoint<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::AddCheckpointWhen, operations::AddCheckpointThen);
        fn delete_checkpoint<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::DeleteCheckpointWhen,
                operations::DeleteCheckpointThen,
            );
        fn update_checkpoint<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::UpdateCheckpointWhen,
                operations::UpdateCheckpointThen,
            );
        fn complete_checkpoint<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::CompleteCheckpointWhen,
                operations::CompleteCheckpointThen,
            );
        fn reopen_milestone<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ReopenMilestoneWhen, operations::ReopenMilestoneThen);
        fn list_projects<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListProjectsWhen, operations::ListProjectsThen);
        fn create_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreateProjectWhen, operations::CreateProjectThen);
        fn get_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetProjectWhen, operations::GetProjectThen);
        fn update_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::UpdateProjectWhen, operations::UpdateProjectThen);
        fn complete_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CompleteProjectWhen, operations::CompleteProjectThen);
        fn archive_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ArchiveProjectWhen, operations::ArchiveProjectThen);
        fn reopen_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ReopenProjectWhen, operations::ReopenProjectThen);
        fn list_project_milestones<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::ListProjectMilestonesWhen,
                operations::ListProjectMilestonesThen,
            );
        fn list_proposals<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListProposalsWhen, operations::ListProposalsThen);
        fn create_proposal<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreateProposalWhen, operations::CreateProposalThen);
        fn get_proposal<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetProposalWhen, operations::GetProposalThen);
        fn cast_vote<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CastVoteWhen, operations::CastVoteThen);
        fn finalize_proposal<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::FinalizeProposalWhen,
                operations::FinalizeProposalThen,
            );
        fn submit_feedback<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::SubmitFeedbackWhen, operations::SubmitFeedbackThen);
        fn get_my_permissions<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::GetMyPermissionsWhen,
                operations::GetMyPermissionsThen,
            );
        fn list_pending_verifications<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::ListPendingVerificationsWhen,
                operations::ListPendingVerificationsThen,
            );
    }
    impl MockServerExt for ::httpmock::MockServer {
        #[inline]
        fn list_groups<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListGroupsWhen, operations::ListGroupsThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ListGroupsWhen::new(when),
                    operations::ListGroupsThen::new(then),
                )
            })
        }
        #[inline]
        fn get_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetGroupWhen, operations::GetGroupThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::GetGroupWhen::new(when),
                    operations::GetGroupThen::new(then),
                )
            })
        }
        #[inline]
        fn list_members<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListMembersWhen, operations::ListMembersThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ListMembersWhen::new(when),
                    operations::ListMembersThen::new(then),
                )
            })
        }
        #[inline]
        fn get_clinks<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetClinksWhen, operations::GetClinksThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::GetClinksWhen::new(when),
                    operations::GetClinksThen::new(then),
                )
            })
        }
        #[inline]
        fn mark_read<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::MarkReadWhen, operations::MarkReadThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::MarkReadWhen::new(when),
                    operations::MarkReadThen::new(then),
                )
            })
        }
        #[inline]
        fn send_clink<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::SendClinkWhen, operations::SendClinkThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::SendClinkWhen::new(when),
                    operations::SendClinkThen::new(then),
                )
            })
        }
        #[inline]
        fn check_inbox<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CheckInboxWhen, operations::CheckInboxThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::CheckInboxWhen::new(when),
                    operations::CheckInboxThen::new(then),
                )
            })
        }
        #[inline]
        fn claim_clink<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ClaimClinkWhen, operations::ClaimClinkThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ClaimClinkWhen::new(when),
                    operations::ClaimClinkThen::new(then),
                )
            })
        }
        #[inline]
        fn release_clink<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ReleaseClinkWhen, operations::ReleaseClinkThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ReleaseClinkWhen::new(when),
                    operations::ReleaseClinkThen::new(then),
                )
            })
        }
        #[inline]
        fn complete_clink<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CompleteClinkWhen, operations::CompleteClinkThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::CompleteClinkWhen::new(when),
                    operations::CompleteClinkThen::new(then),
                )
            })
        }
        #[inline]
        fn list_milestones<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListMilestonesWhen, operations::ListMilestonesThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ListMilestonesWhen::new(when),
                    operations::ListMilestonesThen::new(then),
                )
            })
        }
        #[inline]
        fn create_milestone<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreateMilestoneWhen, operations::CreateMilestoneThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::CreateMilestoneWhen::new(when),
                    operations::CreateMilestoneThen::new(then),
                )
            })
        }
        #[inline]
        fn get_milestone<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetMilestoneWhen, operations::GetMilestoneThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::GetMilestoneWhen::new(when),
                    operations::GetMilestoneThen::new(then),
                )
            })
        }
        #[inline]
        fn update_milestone<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::UpdateMilestoneWhen, operations::UpdateMilestoneThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::UpdateMilestoneWhen::new(when),
                    operations::UpdateMilestoneThen::new(then),
                )
            })
        }
        #[inline]
        fn add_checkpoint<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::AddCheckpointWhen, operations::AddCheckpointThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::AddCheckpointWhen::new(when),
                    operations::AddCheckpointThen::new(then),
                )
            })
        }
        #[inline]
        fn delete_checkpoint<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::DeleteCheckpointWhen,
                operations::DeleteCheckpointThen,
            ),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::DeleteCheckpointWhen::new(when),
                    operations::DeleteCheckpointThen::new(then),
                )
            })
        }
        #[inline]
        fn update_checkpoint<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::UpdateCheckpointWhen,
                operations::UpdateCheckpointThen,
            ),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::UpdateCheckpointWhen::new(when),
                    operations::UpdateCheckpointThen::new(then),
                )
            })
        }
        #[inline]
        fn complete_checkpoint<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::CompleteCheckpointWhen,
                operations::CompleteCheckpointThen,
            ),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::CompleteCheckpointWhen::new(when),
                    operations::CompleteCheckpointThen::new(then),
                )
            })
        }
        #[inline]
        fn reopen_milestone<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ReopenMilestoneWhen, operations::ReopenMilestoneThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ReopenMilestoneWhen::new(when),
                    operations::ReopenMilestoneThen::new(then),
                )
            })
        }
        #[inline]
        fn list_projects<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListProjectsWhen, operations::ListProjectsThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ListProjectsWhen::new(when),
                    operations::ListProjectsThen::new(then),
                )
            })
        }
        #[inline]
        fn create_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreateProjectWhen, operations::CreateProjectThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::CreateProjectWhen::new(when),
                    operations::CreateProjectThen::new(then),
                )
            })
        }
        #[inline]
        fn get_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetProjectWhen, operations::GetProjectThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::GetProjectWhen::new(when),
                    operations::GetProjectThen::new(then),
                )
            })
        }
        #[inline]
        fn update_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::UpdateProjectWhen, operations::UpdateProjectThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::UpdateProjectWhen::new(when),
                    operations::UpdateProjectThen::new(then),
                )
            })
        }
        #[inline]
        fn complete_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CompleteProjectWhen, operations::CompleteProjectThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::CompleteProjectWhen::new(when),
                    operations::CompleteProjectThen::new(then),
                )
            })
        }
        #[inline]
        fn archive_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ArchiveProjectWhen, operations::ArchiveProjectThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ArchiveProjectWhen::new(when),
                    operations::ArchiveProjectThen::new(then),
                )
            })
        }
        #[inline]
        fn reopen_project<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ReopenProjectWhen, operations::ReopenProjectThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ReopenProjectWhen::new(when),
                    operations::ReopenProjectThen::new(then),
                )
            })
        }
        #[inline]
        fn list_project_milestones<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::ListProjectMilestonesWhen,
                operations::ListProjectMilestonesThen,
            ),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ListProjectMilestonesWhen::new(when),
                    operations::ListProjectMilestonesThen::new(then),
                )
            })
        }
        #[inline]
        fn list_proposals<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::ListProposalsWhen, operations::ListProposalsThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ListProposalsWhen::new(when),
                    operations::ListProposalsThen::new(then),
                )
            })
        }
        #[inline]
        fn create_proposal<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CreateProposalWhen, operations::CreateProposalThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::CreateProposalWhen::new(when),
                    operations::CreateProposalThen::new(then),
                )
            })
        }
        #[inline]
        fn get_proposal<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::GetProposalWhen, operations::GetProposalThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::GetProposalWhen::new(when),
                    operations::GetProposalThen::new(then),
                )
            })
        }
        #[inline]
        fn cast_vote<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::CastVoteWhen, operations::CastVoteThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::CastVoteWhen::new(when),
                    operations::CastVoteThen::new(then),
                )
            })
        }
        #[inline]
        fn finalize_proposal<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::FinalizeProposalWhen,
                operations::FinalizeProposalThen,
            ),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::FinalizeProposalWhen::new(when),
                    operations::FinalizeProposalThen::new(then),
                )
            })
        }
        #[inline]
        fn submit_feedback<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(operations::SubmitFeedbackWhen, operations::SubmitFeedbackThen),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::SubmitFeedbackWhen::new(when),
                    operations::SubmitFeedbackThen::new(then),
                )
            })
        }
        #[inline]
        fn get_my_permissions<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::GetMyPermissionsWhen,
                operations::GetMyPermissionsThen,
            ),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::GetMyPermissionsWhen::new(when),
                    operations::GetMyPermissionsThen::new(then),
                )
            })
        }
        #[inline]
        fn list_pending_verifications<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
        where
            F: FnOnce(
                operations::ListPendingVerificationsWhen,
                operations::ListPendingVerificationsThen,
            ),
        {
            self.mock(|when, then| {
                config_fn(
                    operations::ListPendingVerificationsWhen::new(when),
                    operations::ListPendingVerificationsThen::new(then),
                )
            })
        }
    }
}
