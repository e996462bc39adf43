/**
 * GRPO's group-relative advantage (Shao et al. 2024, DeepSeekMath): each episode's return minus the mean return
 * of its group, divided by the group's standard deviation plus `eps`. A group is the G episodes played from
 * the same reset seed (same persona, same simulated user) with different sampled actions.
 *
 * The standard deviation is the unbiased (n - 1) one, as in TRL's GRPOTrainer; a group whose returns are all
 * equal gets advantage 0 for every episode (it carries no preference).
 *
 * @param returns - one return per episode
 * @param groups - the group id of each episode (any integers; episodes of a group need not be adjacent)
 */
export function groupAdvantages(returns: ArrayLike<number>, groups: ArrayLike<number>, eps: number): Float32Array {
  if (returns.length !== groups.length) throw new RangeError(`groupAdvantages: ${returns.length} returns but ${groups.length} group ids`);
  const members = new Map<number, number[]>();
  for (let i = 0; i < groups.length; i++) {
    const list = members.get(groups[i]!);
    if (list) list.push(i);
    else members.set(groups[i]!, [i]);
  }
  const advantages = new Float32Array(returns.length);
  for (const [group, indices] of members) {
    if (indices.length < 2) throw new RangeError(`groupAdvantages: group ${group} has ${indices.length} episode; a group needs at least 2`);
    let mean = 0;
    for (const i of indices) mean += returns[i]!;
    mean /= indices.length;
    let squares = 0;
    for (const i of indices) squares += (returns[i]! - mean) ** 2;
    const std = Math.sqrt(squares / (indices.length - 1));
    // All-equal returns give 0 / (0 + eps) = 0 anyway; spelled out so that eps = 0 does not give NaN.
    for (const i of indices) advantages[i] = std === 0 ? 0 : (returns[i]! - mean) / (std + eps);
  }
  return advantages;
}
