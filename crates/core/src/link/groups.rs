//! Union-find structures for clustering: group-average agglomeration, and plain components
//! joined towards the smaller index so results never depend on the order of unions.

use std::collections::{BTreeMap, HashMap};

/// Group-average agglomeration over indices: union-find with sizes and the summed link weights
/// between groups.
pub(crate) struct GroupAverage {
    parent: Vec<usize>,
    size: Vec<usize>,
    /// For each root: the summed weights of links to other roots.
    weights: Vec<HashMap<usize, f64>>,
}

impl GroupAverage {
    pub(crate) fn new(n: usize) -> Self {
        GroupAverage { parent: (0..n).collect(), size: vec![1; n], weights: vec![HashMap::new(); n] }
    }

    pub(crate) fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Records a link between two singletons (before any merge).
    pub(crate) fn add_weight(&mut self, a: usize, b: usize, weight: f64) {
        if a != b {
            *self.weights[a].entry(b).or_default() += weight;
            *self.weights[b].entry(a).or_default() += weight;
        }
    }

    /// The average link weight over all pairs across two groups (given by their roots).
    pub(crate) fn average(&self, a: usize, b: usize) -> f64 {
        self.weights[a].get(&b).copied().unwrap_or(0.0) / (self.size[a] * self.size[b]) as f64
    }

    /// Merges two groups (by their roots) into the one with the smaller root; returns it.
    pub(crate) fn merge(&mut self, a: usize, b: usize) -> usize {
        let (root, gone) = if a < b { (a, b) } else { (b, a) };
        self.parent[gone] = root;
        self.size[root] += self.size[gone];
        let moved = std::mem::take(&mut self.weights[gone]);
        for (other, weight) in moved {
            if other == root {
                continue;
            }
            *self.weights[root].entry(other).or_default() += weight;
            let theirs = &mut self.weights[other];
            theirs.remove(&gone);
            *theirs.entry(root).or_default() += weight;
        }
        self.weights[root].remove(&gone);
        root
    }

    pub(crate) fn groups(&mut self) -> Vec<Vec<usize>> {
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..self.parent.len() {
            let root = self.find(i);
            groups.entry(root).or_default().push(i);
        }
        groups.into_values().collect()
    }
}

/// Union-find over indices, joining towards the smaller index so results never depend on the
/// order of unions.
pub(crate) struct Components(Vec<usize>);

impl Components {
    pub(crate) fn new(n: usize) -> Self {
        Components((0..n).collect())
    }
    pub(crate) fn find(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }
    pub(crate) fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        let (low, high) = if a < b { (a, b) } else { (b, a) };
        self.0[high] = low;
    }
    pub(crate) fn groups(&mut self) -> Vec<Vec<usize>> {
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..self.0.len() {
            let root = self.find(i);
            groups.entry(root).or_default().push(i);
        }
        groups.into_values().collect()
    }
}
