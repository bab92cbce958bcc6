module @adam_iree attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @step(%arg0: tensor<i32>, %arg1: tensor<15xf32>, %arg2: tensor<15xf32>, %arg3: tensor<15xf32>, %arg4: tensor<15xf32>, %arg5: tensor<f32>, %arg6: tensor<i32> {iree.abi.output = 0 : index}, %arg7: tensor<15xf32> {iree.abi.output = 1 : index}, %arg8: tensor<15xf32> {iree.abi.output = 2 : index}, %arg9: tensor<15xf32> {iree.abi.output = 3 : index}) -> (tensor<i32> {jax.result_info = "result[0]"}, tensor<15xf32> {jax.result_info = "result[1]"}, tensor<15xf32> {jax.result_info = "result[2]"}, tensor<15xf32> {jax.result_info = "result[3]"}) {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %0 = stablehlo.add %arg0, %c : tensor<i32>
    %1 = stablehlo.convert %0 : (tensor<i32>) -> tensor<f32>
    %cst = stablehlo.constant dense<0.899999976> : tensor<f32>
    %2 = stablehlo.power %cst, %1 : tensor<f32>
    %cst_0 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %3 = stablehlo.power %cst_0, %1 : tensor<f32>
    %cst_1 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %4 = stablehlo.subtract %cst_1, %3 : tensor<f32>
    %5 = stablehlo.sqrt %4 : tensor<f32>
    %6 = stablehlo.multiply %arg5, %5 : tensor<f32>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %7 = stablehlo.subtract %cst_2, %2 : tensor<f32>
    %8 = stablehlo.divide %6, %7 : tensor<f32>
    %9 = stablehlo.subtract %arg4, %arg2 : tensor<15xf32>
    %cst_3 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %10 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<15xf32>
    %12 = stablehlo.add %arg2, %11 : tensor<15xf32>
    %13 = chlo.square %arg4 : tensor<15xf32> -> tensor<15xf32>
    %14 = stablehlo.subtract %13, %arg3 : tensor<15xf32>
    %cst_4 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %16 = stablehlo.multiply %14, %15 : tensor<15xf32>
    %17 = stablehlo.add %arg3, %16 : tensor<15xf32>
    %18 = stablehlo.broadcast_in_dim %8, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %19 = stablehlo.multiply %12, %18 : tensor<15xf32>
    %20 = stablehlo.sqrt %17 : tensor<15xf32>
    %cst_5 = stablehlo.constant dense<1.000000e-07> : tensor<f32>
    %21 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %22 = stablehlo.add %20, %21 : tensor<15xf32>
    %23 = stablehlo.divide %19, %22 : tensor<15xf32>
    %24 = stablehlo.subtract %arg1, %23 : tensor<15xf32>
    %c_6 = stablehlo.constant dense<1> : tensor<i32>
    %25 = stablehlo.add %arg0, %c_6 : tensor<i32>
    return %25, %24, %12, %17 : tensor<i32>, tensor<15xf32>, tensor<15xf32>, tensor<15xf32>
  }
}
