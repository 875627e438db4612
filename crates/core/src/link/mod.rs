//! Linking: the relation between two articles (with its scores), and the clustering of
//! articles into events and of events into storylines. Pure: no I/O; the same articles give the
//! same result in any order.

pub mod candidates;
pub mod cluster;
pub mod compare;
pub mod conflicts;
pub mod entities;
mod groups;
pub mod incremental;
pub mod relation;
pub mod similarity;
pub mod storylines;
mod types;

pub use cluster::{
    cluster, cluster_events, ArticleNode, Clusters, DuplicateOf, EventCluster, EventLevel, Link, Origin, Placement,
    StoryCluster,
};
pub use compare::compare;
pub use relation::{Relation, Scores};
