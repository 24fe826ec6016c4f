"""YAML from users and seeds: the safe loader only, and no alias bombs."""

from __future__ import annotations

import yaml

MAX_NODES = 100_000


def refuse_alias_bombs(text: str, limit: int = MAX_NODES) -> None:
    """Aliases can make a small file expand to billions of items (`a: &a [1,1]`, `b: [*a,*a]`,
    ...): measure what the document would expand to before anything reads it."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if root is not None and _expanded(root, {}) > limit:
        raise yaml.YAMLError(f"the YAML expands to more than {limit} items (too many aliases)")


def _expanded(node: yaml.Node, sizes: dict[int, int]) -> int:
    """How many nodes the document has once every alias is copied out; aliased nodes are
    measured once (the composer shares them)."""
    if id(node) in sizes:
        return sizes[id(node)]
    size = 1
    if isinstance(node, yaml.SequenceNode):
        size += sum(_expanded(child, sizes) for child in node.value)
    elif isinstance(node, yaml.MappingNode):
        size += sum(_expanded(k, sizes) + _expanded(v, sizes) for k, v in node.value)
    sizes[id(node)] = size
    return size
