module @adam_iree attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @step(%arg0: tensor<i32>, %arg1: tensor<40xf32>, %arg2: tensor<40xf32>, %arg3: tensor<40xf32>, %arg4: tensor<10xbf16>, %arg5: tensor<10xbf16>, %arg6: tensor<10xbf16>, %arg7: tensor<1xf16>, %arg8: tensor<1xf16>, %arg9: tensor<1xf16>, %arg10: tensor<40xf32>, %arg11: tensor<10xbf16>, %arg12: tensor<1xf16>, %arg13: tensor<f32>, %arg14: tensor<i32> {iree.abi.output = 0 : index}, %arg15: tensor<40xf32> {iree.abi.output = 1 : index}, %arg16: tensor<40xf32> {iree.abi.output = 2 : index}, %arg17: tensor<40xf32> {iree.abi.output = 3 : index}, %arg18: tensor<10xbf16> {iree.abi.output = 4 : index}, %arg19: tensor<10xbf16> {iree.abi.output = 5 : index}, %arg20: tensor<10xbf16> {iree.abi.output = 6 : index}, %arg21: tensor<1xf16> {iree.abi.output = 7 : index}, %arg22: tensor<1xf16> {iree.abi.output = 8 : index}, %arg23: tensor<1xf16> {iree.abi.output = 9 : index}) -> (tensor<i32> {jax.result_info = "result[0]"}, tensor<40xf32> {jax.result_info = "result[1]"}, tensor<40xf32> {jax.result_info = "result[2]"}, tensor<40xf32> {jax.result_info = "result[3]"}, tensor<10xbf16> {jax.result_info = "result[4]"}, tensor<10xbf16> {jax.result_info = "result[5]"}, tensor<10xbf16> {jax.result_info = "result[6]"}, tensor<1xf16> {jax.result_info = "result[7]"}, tensor<1xf16> {jax.result_info = "result[8]"}, tensor<1xf16> {jax.result_info = "result[9]"}) {
    %0 = chlo.square %arg10 : tensor<40xf32> -> tensor<40xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1 = stablehlo.reduce(%0 init: %cst) applies stablehlo.add across dimensions = [0] : (tensor<40xf32>, tensor<f32>) -> tensor<f32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %4 = stablehlo.compare GT, %2, %3, FLOAT : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xi1>
    %cst_1 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %5 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %6 = call @_where(%4, %2, %5) : (tensor<1xi1>, tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %7 = stablehlo.sqrt %6 : tensor<1xf32>
    %8 = call @_where(%4, %7, %2) : (tensor<1xi1>, tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %cst_2 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %9 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %10 = stablehlo.maximum %8, %9 : tensor<1xf32>
    %11 = stablehlo.reshape %10 : (tensor<1xf32>) -> tensor<f32>
    %cst_3 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %13 = stablehlo.multiply %arg10, %12 : tensor<40xf32>
    %14 = stablehlo.broadcast_in_dim %11, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %15 = stablehlo.divide %13, %14 : tensor<40xf32>
    %16 = chlo.square %arg11 : tensor<10xbf16> -> tensor<10xbf16>
    %17 = stablehlo.convert %16 : (tensor<10xbf16>) -> tensor<10xf32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %18 = stablehlo.reduce(%17 init: %cst_4) applies stablehlo.add across dimensions = [0] : (tensor<10xf32>, tensor<f32>) -> tensor<f32>
    %19 = stablehlo.convert %18 : (tensor<f32>) -> tensor<bf16>
    %20 = stablehlo.broadcast_in_dim %19, dims = [] : (tensor<bf16>) -> tensor<1xbf16>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %21 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<bf16>) -> tensor<1xbf16>
    %22 = stablehlo.compare GT, %20, %21, FLOAT : (tensor<1xbf16>, tensor<1xbf16>) -> tensor<1xi1>
    %cst_6 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %23 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<bf16>) -> tensor<1xbf16>
    %24 = call @_where_0(%22, %20, %23) : (tensor<1xi1>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1xbf16>
    %25 = stablehlo.sqrt %24 : tensor<1xbf16>
    %26 = call @_where_0(%22, %25, %20) : (tensor<1xi1>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1xbf16>
    %cst_7 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %27 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<bf16>) -> tensor<1xbf16>
    %28 = stablehlo.maximum %26, %27 : tensor<1xbf16>
    %29 = stablehlo.reshape %28 : (tensor<1xbf16>) -> tensor<bf16>
    %cst_8 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %30 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<bf16>) -> tensor<10xbf16>
    %31 = stablehlo.multiply %arg11, %30 : tensor<10xbf16>
    %32 = stablehlo.broadcast_in_dim %29, dims = [] : (tensor<bf16>) -> tensor<10xbf16>
    %33 = stablehlo.divide %31, %32 : tensor<10xbf16>
    %34 = chlo.square %arg12 : tensor<1xf16> -> tensor<1xf16>
    %35 = stablehlo.convert %34 : (tensor<1xf16>) -> tensor<1xf32>
    %cst_9 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %36 = stablehlo.reduce(%35 init: %cst_9) applies stablehlo.add across dimensions = [0] : (tensor<1xf32>, tensor<f32>) -> tensor<f32>
    %37 = stablehlo.convert %36 : (tensor<f32>) -> tensor<f16>
    %38 = stablehlo.broadcast_in_dim %37, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %cst_10 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %39 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %40 = stablehlo.compare GT, %38, %39, FLOAT : (tensor<1xf16>, tensor<1xf16>) -> tensor<1xi1>
    %cst_11 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %41 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %42 = call @_where_1(%40, %38, %41) : (tensor<1xi1>, tensor<1xf16>, tensor<1xf16>) -> tensor<1xf16>
    %43 = stablehlo.sqrt %42 : tensor<1xf16>
    %44 = call @_where_1(%40, %43, %38) : (tensor<1xi1>, tensor<1xf16>, tensor<1xf16>) -> tensor<1xf16>
    %cst_12 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %45 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %46 = stablehlo.maximum %44, %45 : tensor<1xf16>
    %47 = stablehlo.reshape %46 : (tensor<1xf16>) -> tensor<f16>
    %cst_13 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %48 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %49 = stablehlo.multiply %arg12, %48 : tensor<1xf16>
    %50 = stablehlo.broadcast_in_dim %47, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %51 = stablehlo.divide %49, %50 : tensor<1xf16>
    %c = stablehlo.constant dense<1> : tensor<i32>
    %52 = stablehlo.add %arg0, %c : tensor<i32>
    %53 = stablehlo.convert %52 : (tensor<i32>) -> tensor<f32>
    %cst_14 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %54 = stablehlo.power %cst_14, %53 : tensor<f32>
    %cst_15 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %55 = stablehlo.power %cst_15, %53 : tensor<f32>
    %cst_16 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %56 = stablehlo.subtract %cst_16, %55 : tensor<f32>
    %57 = stablehlo.sqrt %56 : tensor<f32>
    %58 = stablehlo.multiply %arg13, %57 : tensor<f32>
    %cst_17 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %59 = stablehlo.subtract %cst_17, %54 : tensor<f32>
    %60 = stablehlo.divide %58, %59 : tensor<f32>
    %61 = stablehlo.subtract %15, %arg2 : tensor<40xf32>
    %cst_18 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %62 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %63 = stablehlo.multiply %61, %62 : tensor<40xf32>
    %64 = stablehlo.add %arg2, %63 : tensor<40xf32>
    %65 = chlo.square %15 : tensor<40xf32> -> tensor<40xf32>
    %66 = stablehlo.subtract %65, %arg3 : tensor<40xf32>
    %cst_19 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %67 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %68 = stablehlo.multiply %66, %67 : tensor<40xf32>
    %69 = stablehlo.add %arg3, %68 : tensor<40xf32>
    %70 = stablehlo.broadcast_in_dim %60, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %71 = stablehlo.multiply %64, %70 : tensor<40xf32>
    %72 = stablehlo.sqrt %69 : tensor<40xf32>
    %cst_20 = stablehlo.constant dense<1.000000e-07> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %74 = stablehlo.add %72, %73 : tensor<40xf32>
    %75 = stablehlo.divide %71, %74 : tensor<40xf32>
    %76 = stablehlo.subtract %arg1, %75 : tensor<40xf32>
    %77 = stablehlo.convert %arg13 : (tensor<f32>) -> tensor<bf16>
    %c_21 = stablehlo.constant dense<1> : tensor<i32>
    %78 = stablehlo.add %arg0, %c_21 : tensor<i32>
    %79 = stablehlo.convert %78 : (tensor<i32>) -> tensor<bf16>
    %cst_22 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %80 = stablehlo.power %cst_22, %79 : tensor<bf16>
    %cst_23 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %81 = stablehlo.power %cst_23, %79 : tensor<bf16>
    %cst_24 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %82 = stablehlo.subtract %cst_24, %81 : tensor<bf16>
    %83 = stablehlo.sqrt %82 : tensor<bf16>
    %84 = stablehlo.multiply %77, %83 : tensor<bf16>
    %cst_25 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %85 = stablehlo.subtract %cst_25, %80 : tensor<bf16>
    %86 = stablehlo.divide %84, %85 : tensor<bf16>
    %87 = stablehlo.subtract %33, %arg5 : tensor<10xbf16>
    %cst_26 = stablehlo.constant dense<1.000980e-01> : tensor<bf16>
    %88 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<bf16>) -> tensor<10xbf16>
    %89 = stablehlo.multiply %87, %88 : tensor<10xbf16>
    %90 = stablehlo.add %arg5, %89 : tensor<10xbf16>
    %91 = chlo.square %33 : tensor<10xbf16> -> tensor<10xbf16>
    %92 = stablehlo.subtract %91, %arg6 : tensor<10xbf16>
    %cst_27 = stablehlo.constant dense<9.994500e-04> : tensor<bf16>
    %93 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<bf16>) -> tensor<10xbf16>
    %94 = stablehlo.multiply %92, %93 : tensor<10xbf16>
    %95 = stablehlo.add %arg6, %94 : tensor<10xbf16>
    %96 = stablehlo.broadcast_in_dim %86, dims = [] : (tensor<bf16>) -> tensor<10xbf16>
    %97 = stablehlo.multiply %90, %96 : tensor<10xbf16>
    %98 = stablehlo.sqrt %95 : tensor<10xbf16>
    %cst_28 = stablehlo.constant dense<1.001170e-07> : tensor<bf16>
    %99 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<bf16>) -> tensor<10xbf16>
    %100 = stablehlo.add %98, %99 : tensor<10xbf16>
    %101 = stablehlo.divide %97, %100 : tensor<10xbf16>
    %102 = stablehlo.subtract %arg4, %101 : tensor<10xbf16>
    %103 = stablehlo.convert %arg13 : (tensor<f32>) -> tensor<f16>
    %c_29 = stablehlo.constant dense<1> : tensor<i32>
    %104 = stablehlo.add %arg0, %c_29 : tensor<i32>
    %105 = stablehlo.convert %104 : (tensor<i32>) -> tensor<f16>
    %cst_30 = stablehlo.constant dense<8.999020e-01> : tensor<f16>
    %106 = stablehlo.power %cst_30, %105 : tensor<f16>
    %cst_31 = stablehlo.constant dense<9.990230e-01> : tensor<f16>
    %107 = stablehlo.power %cst_31, %105 : tensor<f16>
    %cst_32 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %108 = stablehlo.subtract %cst_32, %107 : tensor<f16>
    %109 = stablehlo.sqrt %108 : tensor<f16>
    %110 = stablehlo.multiply %103, %109 : tensor<f16>
    %cst_33 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %111 = stablehlo.subtract %cst_33, %106 : tensor<f16>
    %112 = stablehlo.divide %110, %111 : tensor<f16>
    %113 = stablehlo.subtract %51, %arg8 : tensor<1xf16>
    %cst_34 = stablehlo.constant dense<9.997550e-02> : tensor<f16>
    %114 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %115 = stablehlo.multiply %113, %114 : tensor<1xf16>
    %116 = stablehlo.add %arg8, %115 : tensor<1xf16>
    %117 = chlo.square %51 : tensor<1xf16> -> tensor<1xf16>
    %118 = stablehlo.subtract %117, %arg9 : tensor<1xf16>
    %cst_35 = stablehlo.constant dense<1.000400e-03> : tensor<f16>
    %119 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %120 = stablehlo.multiply %118, %119 : tensor<1xf16>
    %121 = stablehlo.add %arg9, %120 : tensor<1xf16>
    %122 = stablehlo.broadcast_in_dim %112, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %123 = stablehlo.multiply %116, %122 : tensor<1xf16>
    %124 = stablehlo.sqrt %121 : tensor<1xf16>
    %cst_36 = stablehlo.constant dense<1.192090e-07> : tensor<f16>
    %125 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %126 = stablehlo.add %124, %125 : tensor<1xf16>
    %127 = stablehlo.divide %123, %126 : tensor<1xf16>
    %128 = stablehlo.subtract %arg7, %127 : tensor<1xf16>
    %c_37 = stablehlo.constant dense<1> : tensor<i32>
    %129 = stablehlo.add %arg0, %c_37 : tensor<i32>
    return %129, %76, %64, %69, %102, %90, %95, %128, %116, %121 : tensor<i32>, tensor<40xf32>, tensor<40xf32>, tensor<40xf32>, tensor<10xbf16>, tensor<10xbf16>, tensor<10xbf16>, tensor<1xf16>, tensor<1xf16>, tensor<1xf16>
  }
  func.func private @_where(%arg0: tensor<1xi1>, %arg1: tensor<1xf32>, %arg2: tensor<1xf32>) -> tensor<1xf32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<1xi1>, tensor<1xf32>
    return %0 : tensor<1xf32>
  }
  func.func private @_where_0(%arg0: tensor<1xi1>, %arg1: tensor<1xbf16>, %arg2: tensor<1xbf16>) -> tensor<1xbf16> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<1xi1>, tensor<1xbf16>
    return %0 : tensor<1xbf16>
  }
  func.func private @_where_1(%arg0: tensor<1xi1>, %arg1: tensor<1xf16>, %arg2: tensor<1xf16>) -> tensor<1xf16> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<1xi1>, tensor<1xf16>
    return %0 : tensor<1xf16>
  }
}
