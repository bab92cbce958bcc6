module @adam_iree attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @step(%arg0: tensor<i32>, %arg1: tensor<12xf32>, %arg2: tensor<12xf32>, %arg3: tensor<12xf32>, %arg4: tensor<12xf32>, %arg5: tensor<12xf32>, %arg6: tensor<3xf32>, %arg7: tensor<3xf32>, %arg8: tensor<3xf32>, %arg9: tensor<3xf32>, %arg10: tensor<3xf32>, %arg11: tensor<12xf32>, %arg12: tensor<3xf32>, %arg13: tensor<f32>, %arg14: tensor<i32> {iree.abi.output = 0 : index}, %arg15: tensor<12xf32> {iree.abi.output = 1 : index}, %arg16: tensor<12xf32> {iree.abi.output = 2 : index}, %arg17: tensor<12xf32> {iree.abi.output = 3 : index}, %arg18: tensor<12xf32> {iree.abi.output = 4 : index}, %arg19: tensor<12xf32> {iree.abi.output = 5 : index}, %arg20: tensor<3xf32> {iree.abi.output = 6 : index}, %arg21: tensor<3xf32> {iree.abi.output = 7 : index}, %arg22: tensor<3xf32> {iree.abi.output = 8 : index}, %arg23: tensor<3xf32> {iree.abi.output = 9 : index}, %arg24: tensor<3xf32> {iree.abi.output = 10 : index}) -> (tensor<i32> {jax.result_info = "result[0]"}, tensor<12xf32> {jax.result_info = "result[1]"}, tensor<12xf32> {jax.result_info = "result[2]"}, tensor<12xf32> {jax.result_info = "result[3]"}, tensor<12xf32> {jax.result_info = "result[4]"}, tensor<12xf32> {jax.result_info = "result[5]"}, tensor<3xf32> {jax.result_info = "result[6]"}, tensor<3xf32> {jax.result_info = "result[7]"}, tensor<3xf32> {jax.result_info = "result[8]"}, tensor<3xf32> {jax.result_info = "result[9]"}, tensor<3xf32> {jax.result_info = "result[10]"}) {
    %cst = stablehlo.constant dense<4.000000e-03> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %1 = stablehlo.multiply %arg1, %0 : tensor<12xf32>
    %2 = stablehlo.broadcast_in_dim %arg13, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %3 = stablehlo.multiply %1, %2 : tensor<12xf32>
    %4 = stablehlo.subtract %arg1, %3 : tensor<12xf32>
    %c = stablehlo.constant dense<1> : tensor<i32>
    %5 = stablehlo.add %arg0, %c : tensor<i32>
    %6 = stablehlo.convert %5 : (tensor<i32>) -> tensor<f32>
    %cst_0 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %7 = stablehlo.power %cst_0, %6 : tensor<f32>
    %cst_1 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %8 = stablehlo.power %cst_1, %6 : tensor<f32>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %9 = stablehlo.subtract %cst_2, %8 : tensor<f32>
    %10 = stablehlo.sqrt %9 : tensor<f32>
    %11 = stablehlo.multiply %arg13, %10 : tensor<f32>
    %cst_3 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %12 = stablehlo.subtract %cst_3, %7 : tensor<f32>
    %13 = stablehlo.divide %11, %12 : tensor<f32>
    %14 = stablehlo.subtract %arg11, %arg2 : tensor<12xf32>
    %cst_4 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %16 = stablehlo.multiply %14, %15 : tensor<12xf32>
    %17 = stablehlo.add %arg2, %16 : tensor<12xf32>
    %18 = chlo.square %arg11 : tensor<12xf32> -> tensor<12xf32>
    %19 = stablehlo.subtract %18, %arg3 : tensor<12xf32>
    %cst_5 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %21 = stablehlo.multiply %19, %20 : tensor<12xf32>
    %22 = stablehlo.add %arg3, %21 : tensor<12xf32>
    %23 = stablehlo.maximum %arg4, %22 : tensor<12xf32>
    %24 = stablehlo.broadcast_in_dim %13, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %25 = stablehlo.multiply %17, %24 : tensor<12xf32>
    %26 = stablehlo.sqrt %23 : tensor<12xf32>
    %cst_6 = stablehlo.constant dense<1.000000e-07> : tensor<f32>
    %27 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %28 = stablehlo.add %26, %27 : tensor<12xf32>
    %29 = stablehlo.divide %25, %28 : tensor<12xf32>
    %30 = stablehlo.subtract %4, %29 : tensor<12xf32>
    %c_7 = stablehlo.constant dense<0> : tensor<i32>
    %31 = stablehlo.compare NE, %arg0, %c_7, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %32 = stablehlo.convert %31 : (tensor<i1>) -> tensor<f32>
    %cst_8 = stablehlo.constant dense<9.900000e-01> : tensor<f32>
    %33 = stablehlo.multiply %32, %cst_8 : tensor<f32>
    %34 = stablehlo.broadcast_in_dim %33, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %35 = stablehlo.multiply %34, %arg5 : tensor<12xf32>
    %cst_9 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %36 = stablehlo.subtract %cst_9, %33 : tensor<f32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %38 = stablehlo.multiply %37, %30 : tensor<12xf32>
    %39 = stablehlo.add %35, %38 : tensor<12xf32>
    %c_10 = stablehlo.constant dense<1> : tensor<i32>
    %40 = stablehlo.add %arg0, %c_10 : tensor<i32>
    %c_11 = stablehlo.constant dense<3> : tensor<i32>
    %41 = call @remainder(%40, %c_11) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_12 = stablehlo.constant dense<0> : tensor<i32>
    %42 = stablehlo.compare EQ, %41, %c_12, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %43 = stablehlo.convert %42 : (tensor<i1>) -> tensor<f32>
    %44 = stablehlo.broadcast_in_dim %43, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %45 = stablehlo.multiply %39, %44 : tensor<12xf32>
    %46 = stablehlo.not %42 : tensor<i1>
    %47 = stablehlo.convert %46 : (tensor<i1>) -> tensor<f32>
    %48 = stablehlo.broadcast_in_dim %47, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %49 = stablehlo.multiply %30, %48 : tensor<12xf32>
    %50 = stablehlo.add %45, %49 : tensor<12xf32>
    %c_13 = stablehlo.constant dense<1> : tensor<i32>
    %51 = stablehlo.add %arg0, %c_13 : tensor<i32>
    %52 = stablehlo.convert %51 : (tensor<i32>) -> tensor<f32>
    %cst_14 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %53 = stablehlo.power %cst_14, %52 : tensor<f32>
    %cst_15 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %54 = stablehlo.power %cst_15, %52 : tensor<f32>
    %cst_16 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %55 = stablehlo.subtract %cst_16, %54 : tensor<f32>
    %56 = stablehlo.sqrt %55 : tensor<f32>
    %57 = stablehlo.multiply %arg13, %56 : tensor<f32>
    %cst_17 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %58 = stablehlo.subtract %cst_17, %53 : tensor<f32>
    %59 = stablehlo.divide %57, %58 : tensor<f32>
    %60 = stablehlo.subtract %arg12, %arg7 : tensor<3xf32>
    %cst_18 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %61 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %62 = stablehlo.multiply %60, %61 : tensor<3xf32>
    %63 = stablehlo.add %arg7, %62 : tensor<3xf32>
    %64 = chlo.square %arg12 : tensor<3xf32> -> tensor<3xf32>
    %65 = stablehlo.subtract %64, %arg8 : tensor<3xf32>
    %cst_19 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %66 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %67 = stablehlo.multiply %65, %66 : tensor<3xf32>
    %68 = stablehlo.add %arg8, %67 : tensor<3xf32>
    %69 = stablehlo.maximum %arg9, %68 : tensor<3xf32>
    %70 = stablehlo.broadcast_in_dim %59, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %71 = stablehlo.multiply %63, %70 : tensor<3xf32>
    %72 = stablehlo.sqrt %69 : tensor<3xf32>
    %cst_20 = stablehlo.constant dense<1.000000e-07> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %74 = stablehlo.add %72, %73 : tensor<3xf32>
    %75 = stablehlo.divide %71, %74 : tensor<3xf32>
    %76 = stablehlo.subtract %arg6, %75 : tensor<3xf32>
    %c_21 = stablehlo.constant dense<0> : tensor<i32>
    %77 = stablehlo.compare NE, %arg0, %c_21, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %78 = stablehlo.convert %77 : (tensor<i1>) -> tensor<f32>
    %cst_22 = stablehlo.constant dense<9.900000e-01> : tensor<f32>
    %79 = stablehlo.multiply %78, %cst_22 : tensor<f32>
    %80 = stablehlo.broadcast_in_dim %79, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %81 = stablehlo.multiply %80, %arg10 : tensor<3xf32>
    %cst_23 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %82 = stablehlo.subtract %cst_23, %79 : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %82, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %84 = stablehlo.multiply %83, %76 : tensor<3xf32>
    %85 = stablehlo.add %81, %84 : tensor<3xf32>
    %c_24 = stablehlo.constant dense<1> : tensor<i32>
    %86 = stablehlo.add %arg0, %c_24 : tensor<i32>
    %c_25 = stablehlo.constant dense<3> : tensor<i32>
    %87 = call @remainder(%86, %c_25) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_26 = stablehlo.constant dense<0> : tensor<i32>
    %88 = stablehlo.compare EQ, %87, %c_26, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %89 = stablehlo.convert %88 : (tensor<i1>) -> tensor<f32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %91 = stablehlo.multiply %85, %90 : tensor<3xf32>
    %92 = stablehlo.not %88 : tensor<i1>
    %93 = stablehlo.convert %92 : (tensor<i1>) -> tensor<f32>
    %94 = stablehlo.broadcast_in_dim %93, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %95 = stablehlo.multiply %76, %94 : tensor<3xf32>
    %96 = stablehlo.add %91, %95 : tensor<3xf32>
    %c_27 = stablehlo.constant dense<1> : tensor<i32>
    %97 = stablehlo.add %arg0, %c_27 : tensor<i32>
    return %97, %50, %17, %22, %23, %39, %96, %63, %68, %69, %85 : tensor<i32>, tensor<12xf32>, tensor<12xf32>, tensor<12xf32>, tensor<12xf32>, tensor<12xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>
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
  func.func private @_where(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
}
