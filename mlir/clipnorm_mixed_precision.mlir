module @adam_iree attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @step(%arg0: tensor<i32>, %arg1: tensor<40xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<40xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<40xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<10xbf16> {tf.aliasing_output = 4 : i32}, %arg5: tensor<10xbf16> {tf.aliasing_output = 5 : i32}, %arg6: tensor<10xbf16> {tf.aliasing_output = 6 : i32}, %arg7: tensor<1xf16> {tf.aliasing_output = 7 : i32}, %arg8: tensor<1xf16> {tf.aliasing_output = 8 : i32}, %arg9: tensor<1xf16> {tf.aliasing_output = 9 : i32}, %arg10: tensor<40xf32>, %arg11: tensor<10xbf16>, %arg12: tensor<1xf16>, %arg13: tensor<f32>, %arg14: tensor<i32> {iree.abi.output = 0 : index}) -> (tensor<i32> {jax.result_info = "result[0]"}, tensor<40xf32> {jax.result_info = "result[1]"}, tensor<40xf32> {jax.result_info = "result[2]"}, tensor<40xf32> {jax.result_info = "result[3]"}, tensor<10xbf16> {jax.result_info = "result[4]"}, tensor<10xbf16> {jax.result_info = "result[5]"}, tensor<10xbf16> {jax.result_info = "result[6]"}, tensor<1xf16> {jax.result_info = "result[7]"}, tensor<1xf16> {jax.result_info = "result[8]"}, tensor<1xf16> {jax.result_info = "result[9]"}) {
    %0 = chlo.square %arg10 : tensor<40xf32> -> tensor<40xf32>
    %1 = stablehlo.slice %0 [0:32] : (tensor<40xf32>) -> tensor<32xf32>
    %2 = stablehlo.reshape %1 : (tensor<32xf32>) -> tensor<1x32xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3 = stablehlo.reduce(%2 init: %cst) applies stablehlo.add across dimensions = [1] : (tensor<1x32xf32>, tensor<f32>) -> tensor<1xf32>
    %4 = stablehlo.slice %0 [32:40] : (tensor<40xf32>) -> tensor<8xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %5 = stablehlo.reduce(%4 init: %cst_0) applies stablehlo.add across dimensions = [0] : (tensor<8xf32>, tensor<f32>) -> tensor<f32>
    %6 = stablehlo.broadcast_in_dim %5, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %7 = stablehlo.concatenate %3, %6, dim = 0 : (tensor<1xf32>, tensor<1xf32>) -> tensor<2xf32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %8 = stablehlo.reduce(%7 init: %cst_1) applies stablehlo.add across dimensions = [0] : (tensor<2xf32>, tensor<f32>) -> tensor<f32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %10 = chlo.square %arg11 : tensor<10xbf16> -> tensor<10xbf16>
    %11 = stablehlo.convert %10 : (tensor<10xbf16>) -> tensor<10xf32>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %12 = stablehlo.reduce(%11 init: %cst_2) applies stablehlo.add across dimensions = [0] : (tensor<10xf32>, tensor<f32>) -> tensor<f32>
    %13 = stablehlo.convert %12 : (tensor<f32>) -> tensor<bf16>
    %14 = stablehlo.broadcast_in_dim %13, dims = [] : (tensor<bf16>) -> tensor<1xbf16>
    %15 = chlo.square %arg12 : tensor<1xf16> -> tensor<1xf16>
    %16 = stablehlo.convert %15 : (tensor<1xf16>) -> tensor<1xf32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %17 = stablehlo.reduce(%16 init: %cst_3) applies stablehlo.add across dimensions = [0] : (tensor<1xf32>, tensor<f32>) -> tensor<f32>
    %18 = stablehlo.convert %17 : (tensor<f32>) -> tensor<f16>
    %19 = stablehlo.broadcast_in_dim %18, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %21 = stablehlo.compare GT, %9, %20, FLOAT : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xi1>
    %cst_5 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %23 = call @_where(%21, %9, %22) : (tensor<1xi1>, tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %24 = stablehlo.sqrt %23 : tensor<1xf32>
    %25 = call @_where(%21, %24, %9) : (tensor<1xi1>, tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %cst_6 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %26 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %27 = stablehlo.maximum %25, %26 : tensor<1xf32>
    %28 = stablehlo.optimization_barrier %27 : tensor<1xf32>
    %cst_7 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %29 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %30 = stablehlo.multiply %arg10, %29 : tensor<40xf32>
    %31 = stablehlo.reshape %28 : (tensor<1xf32>) -> tensor<f32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %33 = stablehlo.divide %30, %32 : tensor<40xf32>
    %cst_8 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %34 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<bf16>) -> tensor<1xbf16>
    %35 = stablehlo.compare GT, %14, %34, FLOAT : (tensor<1xbf16>, tensor<1xbf16>) -> tensor<1xi1>
    %cst_9 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %36 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<bf16>) -> tensor<1xbf16>
    %37 = call @_where_0(%35, %14, %36) : (tensor<1xi1>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1xbf16>
    %38 = stablehlo.sqrt %37 : tensor<1xbf16>
    %39 = call @_where_0(%35, %38, %14) : (tensor<1xi1>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1xbf16>
    %cst_10 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %40 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<bf16>) -> tensor<1xbf16>
    %41 = stablehlo.maximum %39, %40 : tensor<1xbf16>
    %42 = stablehlo.optimization_barrier %41 : tensor<1xbf16>
    %cst_11 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %43 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<bf16>) -> tensor<10xbf16>
    %44 = stablehlo.multiply %arg11, %43 : tensor<10xbf16>
    %45 = stablehlo.reshape %42 : (tensor<1xbf16>) -> tensor<bf16>
    %46 = stablehlo.broadcast_in_dim %45, dims = [] : (tensor<bf16>) -> tensor<10xbf16>
    %47 = stablehlo.divide %44, %46 : tensor<10xbf16>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %48 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %49 = stablehlo.compare GT, %19, %48, FLOAT : (tensor<1xf16>, tensor<1xf16>) -> tensor<1xi1>
    %cst_13 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %50 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %51 = call @_where_1(%49, %19, %50) : (tensor<1xi1>, tensor<1xf16>, tensor<1xf16>) -> tensor<1xf16>
    %52 = stablehlo.sqrt %51 : tensor<1xf16>
    %53 = call @_where_1(%49, %52, %19) : (tensor<1xi1>, tensor<1xf16>, tensor<1xf16>) -> tensor<1xf16>
    %cst_14 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %54 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %55 = stablehlo.maximum %53, %54 : tensor<1xf16>
    %56 = stablehlo.optimization_barrier %55 : tensor<1xf16>
    %cst_15 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %57 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %58 = stablehlo.multiply %arg12, %57 : tensor<1xf16>
    %59 = stablehlo.reshape %56 : (tensor<1xf16>) -> tensor<f16>
    %60 = stablehlo.broadcast_in_dim %59, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %61 = stablehlo.divide %58, %60 : tensor<1xf16>
    %c = stablehlo.constant dense<1> : tensor<i32>
    %62 = stablehlo.add %arg0, %c : tensor<i32>
    %63 = stablehlo.convert %62 : (tensor<i32>) -> tensor<f32>
    %cst_16 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %64 = stablehlo.abs %cst_16 : tensor<f32>
    %65 = stablehlo.power %64, %63 : tensor<f32>
    %66 = stablehlo.floor %63 : tensor<f32>
    %67 = stablehlo.compare EQ, %66, %63, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %68 = stablehlo.abs %63 : tensor<f32>
    %c_17 = stablehlo.constant dense<2> : tensor<i32>
    %69 = call @remainder(%68, %c_17) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_18 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %70 = stablehlo.compare EQ, %69, %cst_18, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %71 = stablehlo.and %67, %70 : tensor<i1>
    %cst_19 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_20 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %72 = stablehlo.compare LT, %cst_19, %cst_20, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %73 = stablehlo.and %72, %71 : tensor<i1>
    %74 = stablehlo.negate %65 : tensor<f32>
    %75 = call @_where_2(%73, %74, %65) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_21 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_22 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %76 = stablehlo.compare LT, %cst_21, %cst_22, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %77 = stablehlo.not %67 : tensor<i1>
    %78 = stablehlo.and %76, %77 : tensor<i1>
    %cst_23 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %79 = stablehlo.power %cst_23, %63 : tensor<f32>
    %80 = call @_where_2(%78, %79, %75) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_24 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %81 = stablehlo.compare EQ, %63, %cst_24, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_25 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %82 = call @_where_2(%81, %cst_25, %80) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_26 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %83 = stablehlo.abs %cst_26 : tensor<f32>
    %84 = stablehlo.power %83, %63 : tensor<f32>
    %85 = stablehlo.floor %63 : tensor<f32>
    %86 = stablehlo.compare EQ, %85, %63, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %87 = stablehlo.abs %63 : tensor<f32>
    %c_27 = stablehlo.constant dense<2> : tensor<i32>
    %88 = call @remainder(%87, %c_27) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_28 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %89 = stablehlo.compare EQ, %88, %cst_28, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %90 = stablehlo.and %86, %89 : tensor<i1>
    %cst_29 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %91 = stablehlo.compare LT, %cst_29, %cst_30, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %92 = stablehlo.and %91, %90 : tensor<i1>
    %93 = stablehlo.negate %84 : tensor<f32>
    %94 = call @_where_2(%92, %93, %84) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_31 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_32 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %95 = stablehlo.compare LT, %cst_31, %cst_32, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %96 = stablehlo.not %86 : tensor<i1>
    %97 = stablehlo.and %95, %96 : tensor<i1>
    %cst_33 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %98 = stablehlo.power %cst_33, %63 : tensor<f32>
    %99 = call @_where_2(%97, %98, %94) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_34 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %100 = stablehlo.compare EQ, %63, %cst_34, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_35 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %101 = call @_where_2(%100, %cst_35, %99) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_36 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %102 = stablehlo.subtract %cst_36, %101 : tensor<f32>
    %103 = stablehlo.sqrt %102 : tensor<f32>
    %104 = stablehlo.multiply %arg13, %103 : tensor<f32>
    %cst_37 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %105 = stablehlo.subtract %cst_37, %82 : tensor<f32>
    %106 = stablehlo.divide %104, %105 : tensor<f32>
    %107 = stablehlo.subtract %33, %arg2 : tensor<40xf32>
    %cst_38 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %108 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %109 = stablehlo.multiply %107, %108 : tensor<40xf32>
    %110 = stablehlo.add %arg2, %109 : tensor<40xf32>
    %111 = chlo.square %33 : tensor<40xf32> -> tensor<40xf32>
    %112 = stablehlo.subtract %111, %arg3 : tensor<40xf32>
    %cst_39 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %113 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %114 = stablehlo.multiply %112, %113 : tensor<40xf32>
    %115 = stablehlo.add %arg3, %114 : tensor<40xf32>
    %116 = stablehlo.broadcast_in_dim %106, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %117 = stablehlo.multiply %110, %116 : tensor<40xf32>
    %118 = stablehlo.sqrt %115 : tensor<40xf32>
    %cst_40 = stablehlo.constant dense<1.000000e-07> : tensor<f32>
    %119 = stablehlo.broadcast_in_dim %cst_40, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %120 = stablehlo.add %118, %119 : tensor<40xf32>
    %121 = stablehlo.divide %117, %120 : tensor<40xf32>
    %122 = stablehlo.subtract %arg1, %121 : tensor<40xf32>
    %123 = stablehlo.convert %arg13 : (tensor<f32>) -> tensor<bf16>
    %c_41 = stablehlo.constant dense<1> : tensor<i32>
    %124 = stablehlo.add %arg0, %c_41 : tensor<i32>
    %125 = stablehlo.convert %124 : (tensor<i32>) -> tensor<bf16>
    %cst_42 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %126 = stablehlo.abs %cst_42 : tensor<bf16>
    %127 = stablehlo.power %126, %125 : tensor<bf16>
    %128 = stablehlo.floor %125 : tensor<bf16>
    %129 = stablehlo.compare EQ, %128, %125, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %130 = stablehlo.abs %125 : tensor<bf16>
    %c_43 = stablehlo.constant dense<2> : tensor<i32>
    %131 = call @remainder_3(%130, %c_43) : (tensor<bf16>, tensor<i32>) -> tensor<bf16>
    %cst_44 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %132 = stablehlo.compare EQ, %131, %cst_44, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %133 = stablehlo.and %129, %132 : tensor<i1>
    %cst_45 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %cst_46 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %134 = stablehlo.compare LT, %cst_45, %cst_46, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %135 = stablehlo.and %134, %133 : tensor<i1>
    %136 = stablehlo.negate %127 : tensor<bf16>
    %137 = call @_where_4(%135, %136, %127) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    %cst_47 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %cst_48 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %138 = stablehlo.compare LT, %cst_47, %cst_48, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %139 = stablehlo.not %129 : tensor<i1>
    %140 = stablehlo.and %138, %139 : tensor<i1>
    %cst_49 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %141 = stablehlo.power %cst_49, %125 : tensor<bf16>
    %142 = call @_where_4(%140, %141, %137) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    %cst_50 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %143 = stablehlo.compare EQ, %125, %cst_50, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %cst_51 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %144 = call @_where_4(%143, %cst_51, %142) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    %cst_52 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %145 = stablehlo.abs %cst_52 : tensor<bf16>
    %146 = stablehlo.power %145, %125 : tensor<bf16>
    %147 = stablehlo.floor %125 : tensor<bf16>
    %148 = stablehlo.compare EQ, %147, %125, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %149 = stablehlo.abs %125 : tensor<bf16>
    %c_53 = stablehlo.constant dense<2> : tensor<i32>
    %150 = call @remainder_3(%149, %c_53) : (tensor<bf16>, tensor<i32>) -> tensor<bf16>
    %cst_54 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %151 = stablehlo.compare EQ, %150, %cst_54, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %152 = stablehlo.and %148, %151 : tensor<i1>
    %cst_55 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %cst_56 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %153 = stablehlo.compare LT, %cst_55, %cst_56, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %154 = stablehlo.and %153, %152 : tensor<i1>
    %155 = stablehlo.negate %146 : tensor<bf16>
    %156 = call @_where_4(%154, %155, %146) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    %cst_57 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %cst_58 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %157 = stablehlo.compare LT, %cst_57, %cst_58, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %158 = stablehlo.not %148 : tensor<i1>
    %159 = stablehlo.and %157, %158 : tensor<i1>
    %cst_59 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %160 = stablehlo.power %cst_59, %125 : tensor<bf16>
    %161 = call @_where_4(%159, %160, %156) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    %cst_60 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %162 = stablehlo.compare EQ, %125, %cst_60, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %cst_61 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %163 = call @_where_4(%162, %cst_61, %161) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    %cst_62 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %164 = stablehlo.subtract %cst_62, %163 : tensor<bf16>
    %165 = stablehlo.sqrt %164 : tensor<bf16>
    %166 = stablehlo.multiply %123, %165 : tensor<bf16>
    %cst_63 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %167 = stablehlo.subtract %cst_63, %144 : tensor<bf16>
    %168 = stablehlo.divide %166, %167 : tensor<bf16>
    %169 = stablehlo.subtract %47, %arg5 : tensor<10xbf16>
    %cst_64 = stablehlo.constant dense<1.000980e-01> : tensor<bf16>
    %170 = stablehlo.broadcast_in_dim %cst_64, dims = [] : (tensor<bf16>) -> tensor<10xbf16>
    %171 = stablehlo.multiply %169, %170 : tensor<10xbf16>
    %172 = stablehlo.add %arg5, %171 : tensor<10xbf16>
    %173 = chlo.square %47 : tensor<10xbf16> -> tensor<10xbf16>
    %174 = stablehlo.subtract %173, %arg6 : tensor<10xbf16>
    %cst_65 = stablehlo.constant dense<9.994500e-04> : tensor<bf16>
    %175 = stablehlo.broadcast_in_dim %cst_65, dims = [] : (tensor<bf16>) -> tensor<10xbf16>
    %176 = stablehlo.multiply %174, %175 : tensor<10xbf16>
    %177 = stablehlo.add %arg6, %176 : tensor<10xbf16>
    %178 = stablehlo.broadcast_in_dim %168, dims = [] : (tensor<bf16>) -> tensor<10xbf16>
    %179 = stablehlo.multiply %172, %178 : tensor<10xbf16>
    %180 = stablehlo.sqrt %177 : tensor<10xbf16>
    %cst_66 = stablehlo.constant dense<1.001170e-07> : tensor<bf16>
    %181 = stablehlo.broadcast_in_dim %cst_66, dims = [] : (tensor<bf16>) -> tensor<10xbf16>
    %182 = stablehlo.add %180, %181 : tensor<10xbf16>
    %183 = stablehlo.divide %179, %182 : tensor<10xbf16>
    %184 = stablehlo.subtract %arg4, %183 : tensor<10xbf16>
    %185 = stablehlo.convert %arg13 : (tensor<f32>) -> tensor<f16>
    %c_67 = stablehlo.constant dense<1> : tensor<i32>
    %186 = stablehlo.add %arg0, %c_67 : tensor<i32>
    %187 = stablehlo.convert %186 : (tensor<i32>) -> tensor<f16>
    %cst_68 = stablehlo.constant dense<8.999020e-01> : tensor<f16>
    %188 = stablehlo.abs %cst_68 : tensor<f16>
    %189 = stablehlo.power %188, %187 : tensor<f16>
    %190 = stablehlo.floor %187 : tensor<f16>
    %191 = stablehlo.compare EQ, %190, %187, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %192 = stablehlo.abs %187 : tensor<f16>
    %c_69 = stablehlo.constant dense<2> : tensor<i32>
    %193 = call @remainder_5(%192, %c_69) : (tensor<f16>, tensor<i32>) -> tensor<f16>
    %cst_70 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %194 = stablehlo.compare EQ, %193, %cst_70, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %195 = stablehlo.and %191, %194 : tensor<i1>
    %cst_71 = stablehlo.constant dense<8.999020e-01> : tensor<f16>
    %cst_72 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %196 = stablehlo.compare LT, %cst_71, %cst_72, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %197 = stablehlo.and %196, %195 : tensor<i1>
    %198 = stablehlo.negate %189 : tensor<f16>
    %199 = call @_where_6(%197, %198, %189) : (tensor<i1>, tensor<f16>, tensor<f16>) -> tensor<f16>
    %cst_73 = stablehlo.constant dense<8.999020e-01> : tensor<f16>
    %cst_74 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %200 = stablehlo.compare LT, %cst_73, %cst_74, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %201 = stablehlo.not %191 : tensor<i1>
    %202 = stablehlo.and %200, %201 : tensor<i1>
    %cst_75 = stablehlo.constant dense<8.999020e-01> : tensor<f16>
    %203 = stablehlo.power %cst_75, %187 : tensor<f16>
    %204 = call @_where_6(%202, %203, %199) : (tensor<i1>, tensor<f16>, tensor<f16>) -> tensor<f16>
    %cst_76 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %205 = stablehlo.compare EQ, %187, %cst_76, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %cst_77 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %206 = call @_where_6(%205, %cst_77, %204) : (tensor<i1>, tensor<f16>, tensor<f16>) -> tensor<f16>
    %cst_78 = stablehlo.constant dense<9.990230e-01> : tensor<f16>
    %207 = stablehlo.abs %cst_78 : tensor<f16>
    %208 = stablehlo.power %207, %187 : tensor<f16>
    %209 = stablehlo.floor %187 : tensor<f16>
    %210 = stablehlo.compare EQ, %209, %187, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %211 = stablehlo.abs %187 : tensor<f16>
    %c_79 = stablehlo.constant dense<2> : tensor<i32>
    %212 = call @remainder_5(%211, %c_79) : (tensor<f16>, tensor<i32>) -> tensor<f16>
    %cst_80 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %213 = stablehlo.compare EQ, %212, %cst_80, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %214 = stablehlo.and %210, %213 : tensor<i1>
    %cst_81 = stablehlo.constant dense<9.990230e-01> : tensor<f16>
    %cst_82 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %215 = stablehlo.compare LT, %cst_81, %cst_82, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %216 = stablehlo.and %215, %214 : tensor<i1>
    %217 = stablehlo.negate %208 : tensor<f16>
    %218 = call @_where_6(%216, %217, %208) : (tensor<i1>, tensor<f16>, tensor<f16>) -> tensor<f16>
    %cst_83 = stablehlo.constant dense<9.990230e-01> : tensor<f16>
    %cst_84 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %219 = stablehlo.compare LT, %cst_83, %cst_84, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %220 = stablehlo.not %210 : tensor<i1>
    %221 = stablehlo.and %219, %220 : tensor<i1>
    %cst_85 = stablehlo.constant dense<9.990230e-01> : tensor<f16>
    %222 = stablehlo.power %cst_85, %187 : tensor<f16>
    %223 = call @_where_6(%221, %222, %218) : (tensor<i1>, tensor<f16>, tensor<f16>) -> tensor<f16>
    %cst_86 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %224 = stablehlo.compare EQ, %187, %cst_86, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %cst_87 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %225 = call @_where_6(%224, %cst_87, %223) : (tensor<i1>, tensor<f16>, tensor<f16>) -> tensor<f16>
    %cst_88 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %226 = stablehlo.subtract %cst_88, %225 : tensor<f16>
    %227 = stablehlo.sqrt %226 : tensor<f16>
    %228 = stablehlo.multiply %185, %227 : tensor<f16>
    %cst_89 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %229 = stablehlo.subtract %cst_89, %206 : tensor<f16>
    %230 = stablehlo.divide %228, %229 : tensor<f16>
    %231 = stablehlo.subtract %61, %arg8 : tensor<1xf16>
    %cst_90 = stablehlo.constant dense<9.997550e-02> : tensor<f16>
    %232 = stablehlo.broadcast_in_dim %cst_90, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %233 = stablehlo.multiply %231, %232 : tensor<1xf16>
    %234 = stablehlo.add %arg8, %233 : tensor<1xf16>
    %235 = chlo.square %61 : tensor<1xf16> -> tensor<1xf16>
    %236 = stablehlo.subtract %235, %arg9 : tensor<1xf16>
    %cst_91 = stablehlo.constant dense<1.000400e-03> : tensor<f16>
    %237 = stablehlo.broadcast_in_dim %cst_91, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %238 = stablehlo.multiply %236, %237 : tensor<1xf16>
    %239 = stablehlo.add %arg9, %238 : tensor<1xf16>
    %240 = stablehlo.broadcast_in_dim %230, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %241 = stablehlo.multiply %234, %240 : tensor<1xf16>
    %242 = stablehlo.sqrt %239 : tensor<1xf16>
    %cst_92 = stablehlo.constant dense<1.192090e-07> : tensor<f16>
    %243 = stablehlo.broadcast_in_dim %cst_92, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %244 = stablehlo.add %242, %243 : tensor<1xf16>
    %245 = stablehlo.divide %241, %244 : tensor<1xf16>
    %246 = stablehlo.subtract %arg7, %245 : tensor<1xf16>
    %c_93 = stablehlo.constant dense<1> : tensor<i32>
    %247 = stablehlo.add %arg0, %c_93 : tensor<i32>
    return %247, %122, %110, %115, %184, %172, %177, %246, %234, %239 : tensor<i32>, tensor<40xf32>, tensor<40xf32>, tensor<40xf32>, tensor<10xbf16>, tensor<10xbf16>, tensor<10xbf16>, tensor<1xf16>, tensor<1xf16>, tensor<1xf16>
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
  func.func private @_where_2(%arg0: tensor<i1>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> tensor<f32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<f32>
    return %0 : tensor<f32>
  }
  func.func private @remainder_3(%arg0: tensor<bf16>, %arg1: tensor<i32>) -> tensor<bf16> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<bf16>
    %1 = stablehlo.remainder %arg0, %0 : tensor<bf16>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %2 = stablehlo.compare NE, %1, %cst, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %3 = stablehlo.compare LT, %1, %cst_0, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %4 = stablehlo.compare LT, %0, %cst_1, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %5 = stablehlo.compare NE, %3, %4, UNSIGNED : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %6 = stablehlo.and %5, %2 : tensor<i1>
    %7 = stablehlo.add %1, %0 : tensor<bf16>
    %8 = stablehlo.select %6, %7, %1 : tensor<i1>, tensor<bf16>
    return %8 : tensor<bf16>
  }
  func.func private @_where_4(%arg0: tensor<i1>, %arg1: tensor<bf16>, %arg2: tensor<bf16>) -> tensor<bf16> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<bf16>
    return %0 : tensor<bf16>
  }
  func.func private @remainder_5(%arg0: tensor<f16>, %arg1: tensor<i32>) -> tensor<f16> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<f16>
    %1 = stablehlo.remainder %arg0, %0 : tensor<f16>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %2 = stablehlo.compare NE, %1, %cst, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %3 = stablehlo.compare LT, %1, %cst_0, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %4 = stablehlo.compare LT, %0, %cst_1, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %5 = stablehlo.compare NE, %3, %4, UNSIGNED : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %6 = stablehlo.and %5, %2 : tensor<i1>
    %7 = stablehlo.add %1, %0 : tensor<f16>
    %8 = stablehlo.select %6, %7, %1 : tensor<i1>, tensor<f16>
    return %8 : tensor<f16>
  }
  func.func private @_where_6(%arg0: tensor<i1>, %arg1: tensor<f16>, %arg2: tensor<f16>) -> tensor<f16> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<f16>
    return %0 : tensor<f16>
  }
}
