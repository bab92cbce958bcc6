// IREE codegen configuration for NVIDIA GPUs (CUDA profiles' `transform_library`): the workgroup shape of
// large one-dimensional element-wise dispatches, which is every full-size dispatch of the Adam step.
//
// Why: IREE 3.13 gives such a dispatch workgroups of one warp (32 threads, 128 elements). An SM holds at
// most 32 workgroups, so at most 1024 of its 2048 threads run, and a dispatch with few operands has too
// few loads in flight to reach the GPU's bandwidth. Measured on an NVIDIA H200 (tools/bench.py's
// `iree_function`, 3 interleaved rounds), acc += g over 64M floats: 405 us (1986 GB/s) by default, 251 us
// (3209 GB/s) with this config (torch's add_: 202 us); the gradient-accumulation cycle at 64M params:
// 0.89x -> 1.16x torch's fused Adam, at 16M 0.66x -> 0.81x. The Adam update itself (five or more
// operands) runs as before: plain 64M 0.616 / 0.610 ms. Bit-identical results.
//
// The config: 256 threads per workgroup (8 warps), each thread 4 contiguous floats (one 128-bit load per
// operand), 1024 elements per workgroup. Larger tiles per thread (16 floats) were slower (305 us).
//
// Only all-parallel, rank-1 `linalg.generic` ops of at least 65536 elements are matched: smaller ones
// (the norms' partial sums, the counter) keep IREE's own choice, and an element-wise producer fused into a
// reduction's dispatch must keep the reduction's (a config on it fails to compile). The step's full-size
// arrays are group buffers, which above 4096 elements are padded to a multiple of 4096 (layout.storage_size),
// so the optimizer's matched dispatches run in whole workgroups; a training step's other sizes end in a
// partial workgroup, which IREE masks.
module @adam_iree_cuda_elementwise attributes { transform.with_named_sequence } {
  transform.named_sequence @apply_op_config(%op: !transform.any_op {transform.readonly},
                                            %config: !transform.any_param {transform.readonly}) {
    transform.annotate %op "compilation_info" = %config : !transform.any_op, !transform.any_param
    transform.yield
  }

  transform.named_sequence @match_large_elementwise_1d(%op: !transform.any_op {transform.readonly})
      -> (!transform.any_op, !transform.any_param) {
    %matched = transform.match.structured failures(propagate) %op : (!transform.any_op) -> !transform.any_op {
    ^bb0(%s: !transform.any_op):
      %one = transform.param.constant 1 : i64 -> !transform.param<i64>
      %rank = transform.match.structured.rank %s : (!transform.any_op) -> !transform.param<i64>
      transform.match.param.cmpi eq %rank, %one : !transform.param<i64>
      transform.match.structured.dim %s[all] {is_parallel} : !transform.any_op
      %least = transform.param.constant 65536 : i64 -> !transform.param<i64>
      %size = transform.match.structured.dim %s[0] : (!transform.any_op) -> !transform.param<i64>
      transform.match.param.cmpi ge %size, %least : !transform.param<i64>
      transform.match.structured.yield %s : !transform.any_op
    }
    %config = transform.param.constant #iree_codegen.compilation_info<
      lowering_config = #iree_gpu.lowering_config<{workgroup = [1024], thread = [4]}>,
      translation_info = #iree_codegen.translation_info<pipeline = #iree_gpu.pipeline<TileAndFuse>
                                                        workgroup_size = [256, 1, 1] subgroup_size = 32>
    > -> !transform.any_param
    transform.yield %matched, %config : !transform.any_op, !transform.any_param
  }

  transform.named_sequence @__kernel_config(%variant_op: !transform.any_op {transform.consumed}) -> !transform.any_op {
    %result = transform.foreach_match in %variant_op
        @match_large_elementwise_1d -> @apply_op_config : (!transform.any_op) -> !transform.any_op
    transform.yield %result : !transform.any_op
  }
}
