module @adam_iree attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @step(%arg0: tensor<i32>, %arg1: tensor<15xf32>, %arg2: tensor<15xf32>, %arg3: tensor<15xf32>, %arg4: tensor<15xf32>, %arg5: tensor<15xf32>, %arg6: tensor<f32>, %arg7: tensor<i32> {iree.abi.output = 0 : index}, %arg8: tensor<15xf32> {iree.abi.output = 1 : index}, %arg9: tensor<15xf32> {iree.abi.output = 2 : index}, %arg10: tensor<15xf32> {iree.abi.output = 3 : index}, %arg11: tensor<15xf32> {iree.abi.output = 4 : index}) -> (tensor<i32> {jax.result_info = "result[0]"}, tensor<15xf32> {jax.result_info = "result[1]"}, tensor<15xf32> {jax.result_info = "result[2]"}, tensor<15xf32> {jax.result_info = "result[3]"}, tensor<15xf32> {jax.result_info = "result[4]"}) {
    %c = stablehlo.constant dense<3> : tensor<i32>
    %0 = call @floor_divide(%arg0, %c) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %1 = stablehlo.add %arg0, %c_0 : tensor<i32>
    %c_1 = stablehlo.constant dense<3> : tensor<i32>
    %2 = call @remainder(%1, %c_1) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %3 = stablehlo.compare EQ, %2, %c_2, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %cst = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %5 = stablehlo.divide %arg5, %4 : tensor<15xf32>
    %6 = stablehlo.add %5, %arg4 : tensor<15xf32>
    %cst_3 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %8 = stablehlo.divide %6, %7 : tensor<15xf32>
    %9 = call @_where_0(%3, %8, %5) : (tensor<i1>, tensor<15xf32>, tensor<15xf32>) -> tensor<15xf32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %10 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %11 = call @_where_0(%3, %10, %6) : (tensor<i1>, tensor<15xf32>, tensor<15xf32>) -> tensor<15xf32>
    %12 = chlo.square %9 : tensor<15xf32> -> tensor<15xf32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %13 = stablehlo.reduce(%12 init: %cst_5) applies stablehlo.add across dimensions = [0] : (tensor<15xf32>, tensor<f32>) -> tensor<f32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %15 = stablehlo.reduce(%14 init: %cst_6) applies stablehlo.add across dimensions = [0] : (tensor<1xf32>, tensor<f32>) -> tensor<f32>
    %16 = stablehlo.sqrt %15 : tensor<f32>
    %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %17 = stablehlo.divide %cst_7, %16 : tensor<f32>
    %cst_8 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %18 = stablehlo.minimum %17, %cst_8 : tensor<f32>
    %cst_9 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %19 = stablehlo.multiply %cst_9, %18 : tensor<f32>
    %20 = stablehlo.subtract %16, %16 : tensor<f32>
    %21 = stablehlo.add %19, %20 : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %23 = stablehlo.multiply %9, %22 : tensor<15xf32>
    %c_10 = stablehlo.constant dense<1> : tensor<i32>
    %24 = stablehlo.add %0, %c_10 : tensor<i32>
    %25 = stablehlo.convert %24 : (tensor<i32>) -> tensor<f32>
    %cst_11 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %26 = stablehlo.power %cst_11, %25 : tensor<f32>
    %cst_12 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %27 = stablehlo.power %cst_12, %25 : tensor<f32>
    %cst_13 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %28 = stablehlo.subtract %cst_13, %27 : tensor<f32>
    %29 = stablehlo.sqrt %28 : tensor<f32>
    %30 = stablehlo.multiply %arg6, %29 : tensor<f32>
    %cst_14 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %31 = stablehlo.subtract %cst_14, %26 : tensor<f32>
    %32 = stablehlo.divide %30, %31 : tensor<f32>
    %33 = stablehlo.subtract %23, %arg2 : tensor<15xf32>
    %cst_15 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %34 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %35 = stablehlo.multiply %33, %34 : tensor<15xf32>
    %36 = stablehlo.add %arg2, %35 : tensor<15xf32>
    %37 = chlo.square %23 : tensor<15xf32> -> tensor<15xf32>
    %38 = stablehlo.subtract %37, %arg3 : tensor<15xf32>
    %cst_16 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %39 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %40 = stablehlo.multiply %38, %39 : tensor<15xf32>
    %41 = stablehlo.add %arg3, %40 : tensor<15xf32>
    %42 = stablehlo.broadcast_in_dim %32, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %43 = stablehlo.multiply %36, %42 : tensor<15xf32>
    %44 = stablehlo.sqrt %41 : tensor<15xf32>
    %cst_17 = stablehlo.constant dense<1.000000e-07> : tensor<f32>
    %45 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %46 = stablehlo.add %44, %45 : tensor<15xf32>
    %47 = stablehlo.divide %43, %46 : tensor<15xf32>
    %48 = stablehlo.subtract %arg1, %47 : tensor<15xf32>
    %49 = call @_where_0(%3, %48, %arg1) : (tensor<i1>, tensor<15xf32>, tensor<15xf32>) -> tensor<15xf32>
    %50 = call @_where_0(%3, %36, %arg2) : (tensor<i1>, tensor<15xf32>, tensor<15xf32>) -> tensor<15xf32>
    %51 = call @_where_0(%3, %41, %arg3) : (tensor<i1>, tensor<15xf32>, tensor<15xf32>) -> tensor<15xf32>
    %c_18 = stablehlo.constant dense<1> : tensor<i32>
    %52 = stablehlo.add %arg0, %c_18 : tensor<i32>
    return %52, %49, %50, %51, %11 : tensor<i32>, tensor<15xf32>, tensor<15xf32>, tensor<15xf32>, tensor<15xf32>
  }
  func.func private @floor_divide(%arg0: tensor<i32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %1 = stablehlo.divide %arg0, %0 : tensor<i32>
    %2 = stablehlo.sign %arg0 : tensor<i32>
    %3 = stablehlo.sign %0 : tensor<i32>
    %4 = stablehlo.compare NE, %2, %3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %5 = stablehlo.remainder %arg0, %0 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.compare NE, %5, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %7 = stablehlo.and %4, %6 : tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %8 = stablehlo.subtract %1, %c_0 : tensor<i32>
    %9 = call @_where(%7, %8, %1) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    return %9 : tensor<i32>
  }
  func.func private @_where(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
  func.func private @remainder(%arg0: tensor<i32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.compare EQ, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %2 = call @_where(%1, %c_0, %0) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %3 = stablehlo.remainder %arg0, %2 : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %4 = stablehlo.compare NE, %3, %c_1, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.compare LT, %3, %c_2, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.compare LT, %2, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %7 = stablehlo.compare NE, %5, %6, UNSIGNED : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %8 = stablehlo.and %7, %4 : tensor<i1>
    %9 = stablehlo.add %3, %2 : tensor<i32>
    %10 = stablehlo.select %8, %9, %3 : tensor<i1>, tensor<i32>
    return %10 : tensor<i32>
  }
  func.func private @_where_0(%arg0: tensor<i1>, %arg1: tensor<15xf32>, %arg2: tensor<15xf32>) -> tensor<15xf32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<15xf32>
    return %0 : tensor<15xf32>
  }
}
