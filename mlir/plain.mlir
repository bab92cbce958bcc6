module @adam_iree attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @step(%arg0: tensor<i32>, %arg1: tensor<512xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<512xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<512xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<512xf32>, %arg5: tensor<f32>, %arg6: tensor<i32> {iree.abi.output = 0 : index}) -> (tensor<i32> {jax.result_info = "result[0]"}, tensor<512xf32> {jax.result_info = "result[1]"}, tensor<512xf32> {jax.result_info = "result[2]"}, tensor<512xf32> {jax.result_info = "result[3]"}) {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %0 = stablehlo.add %arg0, %c : tensor<i32>
    %1 = stablehlo.convert %0 : (tensor<i32>) -> tensor<f32>
    %cst = stablehlo.constant dense<0.899999976> : tensor<f32>
    %2 = stablehlo.abs %cst : tensor<f32>
    %3 = stablehlo.power %2, %1 : tensor<f32>
    %4 = stablehlo.floor %1 : tensor<f32>
    %5 = stablehlo.compare EQ, %4, %1, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %6 = stablehlo.abs %1 : tensor<f32>
    %c_0 = stablehlo.constant dense<2> : tensor<i32>
    %7 = call @remainder(%6, %c_0) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_1 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %8 = stablehlo.compare EQ, %7, %cst_1, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %9 = stablehlo.and %5, %8 : tensor<i1>
    %cst_2 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %10 = stablehlo.compare LT, %cst_2, %cst_3, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %11 = stablehlo.and %10, %9 : tensor<i1>
    %12 = stablehlo.negate %3 : tensor<f32>
    %13 = call @_where(%11, %12, %3) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_4 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %14 = stablehlo.compare LT, %cst_4, %cst_5, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %15 = stablehlo.not %5 : tensor<i1>
    %16 = stablehlo.and %14, %15 : tensor<i1>
    %cst_6 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %17 = stablehlo.power %cst_6, %1 : tensor<f32>
    %18 = call @_where(%16, %17, %13) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %19 = stablehlo.compare EQ, %1, %cst_7, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_8 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %20 = call @_where(%19, %cst_8, %18) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_9 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %21 = stablehlo.abs %cst_9 : tensor<f32>
    %22 = stablehlo.power %21, %1 : tensor<f32>
    %23 = stablehlo.floor %1 : tensor<f32>
    %24 = stablehlo.compare EQ, %23, %1, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %25 = stablehlo.abs %1 : tensor<f32>
    %c_10 = stablehlo.constant dense<2> : tensor<i32>
    %26 = call @remainder(%25, %c_10) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_11 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %27 = stablehlo.compare EQ, %26, %cst_11, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %28 = stablehlo.and %24, %27 : tensor<i1>
    %cst_12 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_13 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %29 = stablehlo.compare LT, %cst_12, %cst_13, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %30 = stablehlo.and %29, %28 : tensor<i1>
    %31 = stablehlo.negate %22 : tensor<f32>
    %32 = call @_where(%30, %31, %22) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_14 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_15 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %33 = stablehlo.compare LT, %cst_14, %cst_15, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %34 = stablehlo.not %24 : tensor<i1>
    %35 = stablehlo.and %33, %34 : tensor<i1>
    %cst_16 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %36 = stablehlo.power %cst_16, %1 : tensor<f32>
    %37 = call @_where(%35, %36, %32) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_17 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %38 = stablehlo.compare EQ, %1, %cst_17, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_18 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %39 = call @_where(%38, %cst_18, %37) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_19 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %40 = stablehlo.subtract %cst_19, %39 : tensor<f32>
    %41 = stablehlo.sqrt %40 : tensor<f32>
    %42 = stablehlo.multiply %arg5, %41 : tensor<f32>
    %cst_20 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %43 = stablehlo.subtract %cst_20, %20 : tensor<f32>
    %44 = stablehlo.divide %42, %43 : tensor<f32>
    %45 = stablehlo.subtract %arg4, %arg2 : tensor<512xf32>
    %cst_21 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %46 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %47 = stablehlo.multiply %45, %46 : tensor<512xf32>
    %48 = stablehlo.add %arg2, %47 : tensor<512xf32>
    %49 = chlo.square %arg4 : tensor<512xf32> -> tensor<512xf32>
    %50 = stablehlo.subtract %49, %arg3 : tensor<512xf32>
    %cst_22 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %51 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %52 = stablehlo.multiply %50, %51 : tensor<512xf32>
    %53 = stablehlo.add %arg3, %52 : tensor<512xf32>
    %54 = stablehlo.broadcast_in_dim %44, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %55 = stablehlo.multiply %48, %54 : tensor<512xf32>
    %56 = stablehlo.sqrt %53 : tensor<512xf32>
    %cst_23 = stablehlo.constant dense<1.000000e-07> : tensor<f32>
    %57 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %58 = stablehlo.add %56, %57 : tensor<512xf32>
    %59 = stablehlo.divide %55, %58 : tensor<512xf32>
    %60 = stablehlo.subtract %arg1, %59 : tensor<512xf32>
    %c_24 = stablehlo.constant dense<1> : tensor<i32>
    %61 = stablehlo.add %arg0, %c_24 : tensor<i32>
    return %61, %60, %48, %53 : tensor<i32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>
  }
  func.func private @remainder(%arg0: tensor<f32>, %arg1: tensor<i32>) -> tensor<f32> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<f32>
    %1 = stablehlo.remainder %arg0, %0 : tensor<f32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2 = stablehlo.compare NE, %1, %cst, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3 = stablehlo.compare LT, %1, %cst_0, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4 = stablehlo.compare LT, %0, %cst_1, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %5 = stablehlo.compare NE, %3, %4, UNSIGNED : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %6 = stablehlo.and %5, %2 : tensor<i1>
    %7 = stablehlo.add %1, %0 : tensor<f32>
    %8 = stablehlo.select %6, %7, %1 : tensor<i1>, tensor<f32>
    return %8 : tensor<f32>
  }
  func.func private @_where(%arg0: tensor<i1>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> tensor<f32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<f32>
    return %0 : tensor<f32>
  }
}
