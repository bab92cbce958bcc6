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
    %26 = stablehlo.bitcast_convert %25 : (tensor<1xf32>) -> tensor<1xi32>
    %c = stablehlo.constant dense<2147483647> : tensor<i32>
    %27 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %28 = stablehlo.and %26, %27 : tensor<1xi32>
    %c_6 = stablehlo.constant dense<2139095040> : tensor<i32>
    %29 = stablehlo.broadcast_in_dim %c_6, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %30 = stablehlo.compare GT, %28, %29, SIGNED : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %cst_7 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %31 = stablehlo.bitcast_convert %cst_7 : (tensor<f32>) -> tensor<i32>
    %c_8 = stablehlo.constant dense<2147483647> : tensor<i32>
    %32 = stablehlo.and %31, %c_8 : tensor<i32>
    %c_9 = stablehlo.constant dense<2139095040> : tensor<i32>
    %33 = stablehlo.compare GT, %32, %c_9, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %34 = stablehlo.broadcast_in_dim %33, dims = [] : (tensor<i1>) -> tensor<1xi1>
    %35 = stablehlo.or %30, %34 : tensor<1xi1>
    %cst_10 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %36 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %37 = stablehlo.maximum %25, %36 : tensor<1xf32>
    %cst_11 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %38 = call @_where_0(%35, %cst_11, %37) : (tensor<1xi1>, tensor<f32>, tensor<1xf32>) -> tensor<1xf32>
    %39 = stablehlo.optimization_barrier %38 : tensor<1xf32>
    %cst_12 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %40 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %41 = stablehlo.multiply %arg10, %40 : tensor<40xf32>
    %42 = stablehlo.reshape %39 : (tensor<1xf32>) -> tensor<f32>
    %43 = stablehlo.broadcast_in_dim %42, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %44 = stablehlo.divide %41, %43 : tensor<40xf32>
    %cst_13 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %45 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<bf16>) -> tensor<1xbf16>
    %46 = stablehlo.compare GT, %14, %45, FLOAT : (tensor<1xbf16>, tensor<1xbf16>) -> tensor<1xi1>
    %cst_14 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %47 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<bf16>) -> tensor<1xbf16>
    %48 = call @_where_1(%46, %14, %47) : (tensor<1xi1>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1xbf16>
    %49 = stablehlo.sqrt %48 : tensor<1xbf16>
    %50 = call @_where_1(%46, %49, %14) : (tensor<1xi1>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1xbf16>
    %51 = stablehlo.convert %50 : (tensor<1xbf16>) -> tensor<1xf32>
    %52 = stablehlo.bitcast_convert %51 : (tensor<1xf32>) -> tensor<1xi32>
    %c_15 = stablehlo.constant dense<2147483647> : tensor<i32>
    %53 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %54 = stablehlo.and %52, %53 : tensor<1xi32>
    %c_16 = stablehlo.constant dense<2139095040> : tensor<i32>
    %55 = stablehlo.broadcast_in_dim %c_16, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %56 = stablehlo.compare GT, %54, %55, SIGNED : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %cst_17 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %57 = stablehlo.bitcast_convert %cst_17 : (tensor<f32>) -> tensor<i32>
    %c_18 = stablehlo.constant dense<2147483647> : tensor<i32>
    %58 = stablehlo.and %57, %c_18 : tensor<i32>
    %c_19 = stablehlo.constant dense<2139095040> : tensor<i32>
    %59 = stablehlo.compare GT, %58, %c_19, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %60 = stablehlo.broadcast_in_dim %59, dims = [] : (tensor<i1>) -> tensor<1xi1>
    %61 = stablehlo.or %56, %60 : tensor<1xi1>
    %cst_20 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %62 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<bf16>) -> tensor<1xbf16>
    %63 = stablehlo.maximum %50, %62 : tensor<1xbf16>
    %cst_21 = stablehlo.constant dense<0x7FC0> : tensor<bf16>
    %64 = call @_where_2(%61, %cst_21, %63) : (tensor<1xi1>, tensor<bf16>, tensor<1xbf16>) -> tensor<1xbf16>
    %65 = stablehlo.optimization_barrier %64 : tensor<1xbf16>
    %cst_22 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %66 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<bf16>) -> tensor<10xbf16>
    %67 = stablehlo.multiply %arg11, %66 : tensor<10xbf16>
    %68 = stablehlo.reshape %65 : (tensor<1xbf16>) -> tensor<bf16>
    %69 = stablehlo.broadcast_in_dim %68, dims = [] : (tensor<bf16>) -> tensor<10xbf16>
    %70 = stablehlo.divide %67, %69 : tensor<10xbf16>
    %cst_23 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %71 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %72 = stablehlo.compare GT, %19, %71, FLOAT : (tensor<1xf16>, tensor<1xf16>) -> tensor<1xi1>
    %cst_24 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %73 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %74 = call @_where_3(%72, %19, %73) : (tensor<1xi1>, tensor<1xf16>, tensor<1xf16>) -> tensor<1xf16>
    %75 = stablehlo.sqrt %74 : tensor<1xf16>
    %76 = call @_where_3(%72, %75, %19) : (tensor<1xi1>, tensor<1xf16>, tensor<1xf16>) -> tensor<1xf16>
    %77 = stablehlo.convert %76 : (tensor<1xf16>) -> tensor<1xf32>
    %78 = stablehlo.bitcast_convert %77 : (tensor<1xf32>) -> tensor<1xi32>
    %c_25 = stablehlo.constant dense<2147483647> : tensor<i32>
    %79 = stablehlo.broadcast_in_dim %c_25, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %80 = stablehlo.and %78, %79 : tensor<1xi32>
    %c_26 = stablehlo.constant dense<2139095040> : tensor<i32>
    %81 = stablehlo.broadcast_in_dim %c_26, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %82 = stablehlo.compare GT, %80, %81, SIGNED : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %cst_27 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %83 = stablehlo.bitcast_convert %cst_27 : (tensor<f32>) -> tensor<i32>
    %c_28 = stablehlo.constant dense<2147483647> : tensor<i32>
    %84 = stablehlo.and %83, %c_28 : tensor<i32>
    %c_29 = stablehlo.constant dense<2139095040> : tensor<i32>
    %85 = stablehlo.compare GT, %84, %c_29, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %86 = stablehlo.broadcast_in_dim %85, dims = [] : (tensor<i1>) -> tensor<1xi1>
    %87 = stablehlo.or %82, %86 : tensor<1xi1>
    %cst_30 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %88 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %89 = stablehlo.maximum %76, %88 : tensor<1xf16>
    %cst_31 = stablehlo.constant dense<0x7E00> : tensor<f16>
    %90 = call @_where_4(%87, %cst_31, %89) : (tensor<1xi1>, tensor<f16>, tensor<1xf16>) -> tensor<1xf16>
    %91 = stablehlo.optimization_barrier %90 : tensor<1xf16>
    %cst_32 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %92 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %93 = stablehlo.multiply %arg12, %92 : tensor<1xf16>
    %94 = stablehlo.reshape %91 : (tensor<1xf16>) -> tensor<f16>
    %95 = stablehlo.broadcast_in_dim %94, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %96 = stablehlo.divide %93, %95 : tensor<1xf16>
    %c_33 = stablehlo.constant dense<1> : tensor<i32>
    %97 = stablehlo.add %arg0, %c_33 : tensor<i32>
    %98 = stablehlo.convert %97 : (tensor<i32>) -> tensor<f32>
    %cst_34 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %99 = stablehlo.abs %cst_34 : tensor<f32>
    %100 = stablehlo.power %99, %98 : tensor<f32>
    %101 = stablehlo.floor %98 : tensor<f32>
    %102 = stablehlo.compare EQ, %101, %98, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %103 = stablehlo.abs %98 : tensor<f32>
    %c_35 = stablehlo.constant dense<2> : tensor<i32>
    %104 = call @remainder(%103, %c_35) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_36 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %105 = stablehlo.compare EQ, %104, %cst_36, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %106 = stablehlo.and %102, %105 : tensor<i1>
    %cst_37 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_38 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %107 = stablehlo.compare LT, %cst_37, %cst_38, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %108 = stablehlo.and %107, %106 : tensor<i1>
    %109 = stablehlo.negate %100 : tensor<f32>
    %110 = call @_where_5(%108, %109, %100) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_39 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_40 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %111 = stablehlo.compare LT, %cst_39, %cst_40, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %112 = stablehlo.not %102 : tensor<i1>
    %113 = stablehlo.and %111, %112 : tensor<i1>
    %cst_41 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %114 = stablehlo.power %cst_41, %98 : tensor<f32>
    %115 = call @_where_5(%113, %114, %110) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_42 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %116 = stablehlo.compare EQ, %98, %cst_42, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_43 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %117 = call @_where_5(%116, %cst_43, %115) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_44 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %118 = stablehlo.abs %cst_44 : tensor<f32>
    %119 = stablehlo.power %118, %98 : tensor<f32>
    %120 = stablehlo.floor %98 : tensor<f32>
    %121 = stablehlo.compare EQ, %120, %98, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %122 = stablehlo.abs %98 : tensor<f32>
    %c_45 = stablehlo.constant dense<2> : tensor<i32>
    %123 = call @remainder(%122, %c_45) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_46 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %124 = stablehlo.compare EQ, %123, %cst_46, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %125 = stablehlo.and %121, %124 : tensor<i1>
    %cst_47 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_48 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %126 = stablehlo.compare LT, %cst_47, %cst_48, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %127 = stablehlo.and %126, %125 : tensor<i1>
    %128 = stablehlo.negate %119 : tensor<f32>
    %129 = call @_where_5(%127, %128, %119) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_49 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_50 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %130 = stablehlo.compare LT, %cst_49, %cst_50, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %131 = stablehlo.not %121 : tensor<i1>
    %132 = stablehlo.and %130, %131 : tensor<i1>
    %cst_51 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %133 = stablehlo.power %cst_51, %98 : tensor<f32>
    %134 = call @_where_5(%132, %133, %129) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_52 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %135 = stablehlo.compare EQ, %98, %cst_52, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_53 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %136 = call @_where_5(%135, %cst_53, %134) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_54 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %137 = stablehlo.subtract %cst_54, %136 : tensor<f32>
    %138 = stablehlo.sqrt %137 : tensor<f32>
    %139 = stablehlo.multiply %arg13, %138 : tensor<f32>
    %cst_55 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %140 = stablehlo.subtract %cst_55, %117 : tensor<f32>
    %141 = stablehlo.divide %139, %140 : tensor<f32>
    %142 = stablehlo.subtract %44, %arg2 : tensor<40xf32>
    %cst_56 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %143 = stablehlo.broadcast_in_dim %cst_56, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %144 = stablehlo.multiply %142, %143 : tensor<40xf32>
    %145 = stablehlo.add %arg2, %144 : tensor<40xf32>
    %146 = chlo.square %44 : tensor<40xf32> -> tensor<40xf32>
    %147 = stablehlo.subtract %146, %arg3 : tensor<40xf32>
    %cst_57 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %148 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %149 = stablehlo.multiply %147, %148 : tensor<40xf32>
    %150 = stablehlo.add %arg3, %149 : tensor<40xf32>
    %151 = stablehlo.broadcast_in_dim %141, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %152 = stablehlo.multiply %145, %151 : tensor<40xf32>
    %153 = stablehlo.sqrt %150 : tensor<40xf32>
    %cst_58 = stablehlo.constant dense<1.000000e-07> : tensor<f32>
    %154 = stablehlo.broadcast_in_dim %cst_58, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %155 = stablehlo.add %153, %154 : tensor<40xf32>
    %156 = stablehlo.divide %152, %155 : tensor<40xf32>
    %157 = stablehlo.subtract %arg1, %156 : tensor<40xf32>
    %158 = stablehlo.convert %arg13 : (tensor<f32>) -> tensor<bf16>
    %c_59 = stablehlo.constant dense<1> : tensor<i32>
    %159 = stablehlo.add %arg0, %c_59 : tensor<i32>
    %160 = stablehlo.convert %159 : (tensor<i32>) -> tensor<bf16>
    %cst_60 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %161 = stablehlo.abs %cst_60 : tensor<bf16>
    %162 = stablehlo.power %161, %160 : tensor<bf16>
    %163 = stablehlo.floor %160 : tensor<bf16>
    %164 = stablehlo.compare EQ, %163, %160, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %165 = stablehlo.abs %160 : tensor<bf16>
    %c_61 = stablehlo.constant dense<2> : tensor<i32>
    %166 = call @remainder_6(%165, %c_61) : (tensor<bf16>, tensor<i32>) -> tensor<bf16>
    %cst_62 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %167 = stablehlo.compare EQ, %166, %cst_62, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %168 = stablehlo.and %164, %167 : tensor<i1>
    %cst_63 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %cst_64 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %169 = stablehlo.compare LT, %cst_63, %cst_64, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %170 = stablehlo.and %169, %168 : tensor<i1>
    %171 = stablehlo.negate %162 : tensor<bf16>
    %172 = call @_where_7(%170, %171, %162) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    %cst_65 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %cst_66 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %173 = stablehlo.compare LT, %cst_65, %cst_66, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %174 = stablehlo.not %164 : tensor<i1>
    %175 = stablehlo.and %173, %174 : tensor<i1>
    %cst_67 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %176 = stablehlo.power %cst_67, %160 : tensor<bf16>
    %177 = call @_where_7(%175, %176, %172) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    %cst_68 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %178 = stablehlo.compare EQ, %160, %cst_68, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %cst_69 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %179 = call @_where_7(%178, %cst_69, %177) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    %cst_70 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %180 = stablehlo.abs %cst_70 : tensor<bf16>
    %181 = stablehlo.power %180, %160 : tensor<bf16>
    %182 = stablehlo.floor %160 : tensor<bf16>
    %183 = stablehlo.compare EQ, %182, %160, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %184 = stablehlo.abs %160 : tensor<bf16>
    %c_71 = stablehlo.constant dense<2> : tensor<i32>
    %185 = call @remainder_6(%184, %c_71) : (tensor<bf16>, tensor<i32>) -> tensor<bf16>
    %cst_72 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %186 = stablehlo.compare EQ, %185, %cst_72, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %187 = stablehlo.and %183, %186 : tensor<i1>
    %cst_73 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %cst_74 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %188 = stablehlo.compare LT, %cst_73, %cst_74, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %189 = stablehlo.and %188, %187 : tensor<i1>
    %190 = stablehlo.negate %181 : tensor<bf16>
    %191 = call @_where_7(%189, %190, %181) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    %cst_75 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %cst_76 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %192 = stablehlo.compare LT, %cst_75, %cst_76, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %193 = stablehlo.not %183 : tensor<i1>
    %194 = stablehlo.and %192, %193 : tensor<i1>
    %cst_77 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %195 = stablehlo.power %cst_77, %160 : tensor<bf16>
    %196 = call @_where_7(%194, %195, %191) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    %cst_78 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %197 = stablehlo.compare EQ, %160, %cst_78, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %cst_79 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %198 = call @_where_7(%197, %cst_79, %196) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    %cst_80 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %199 = stablehlo.subtract %cst_80, %198 : tensor<bf16>
    %200 = stablehlo.sqrt %199 : tensor<bf16>
    %201 = stablehlo.multiply %158, %200 : tensor<bf16>
    %cst_81 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %202 = stablehlo.subtract %cst_81, %179 : tensor<bf16>
    %203 = stablehlo.divide %201, %202 : tensor<bf16>
    %204 = stablehlo.subtract %70, %arg5 : tensor<10xbf16>
    %cst_82 = stablehlo.constant dense<1.000980e-01> : tensor<bf16>
    %205 = stablehlo.broadcast_in_dim %cst_82, dims = [] : (tensor<bf16>) -> tensor<10xbf16>
    %206 = stablehlo.multiply %204, %205 : tensor<10xbf16>
    %207 = stablehlo.add %arg5, %206 : tensor<10xbf16>
    %208 = chlo.square %70 : tensor<10xbf16> -> tensor<10xbf16>
    %209 = stablehlo.subtract %208, %arg6 : tensor<10xbf16>
    %cst_83 = stablehlo.constant dense<9.994500e-04> : tensor<bf16>
    %210 = stablehlo.broadcast_in_dim %cst_83, dims = [] : (tensor<bf16>) -> tensor<10xbf16>
    %211 = stablehlo.multiply %209, %210 : tensor<10xbf16>
    %212 = stablehlo.add %arg6, %211 : tensor<10xbf16>
    %213 = stablehlo.broadcast_in_dim %203, dims = [] : (tensor<bf16>) -> tensor<10xbf16>
    %214 = stablehlo.multiply %207, %213 : tensor<10xbf16>
    %215 = stablehlo.sqrt %212 : tensor<10xbf16>
    %cst_84 = stablehlo.constant dense<1.001170e-07> : tensor<bf16>
    %216 = stablehlo.broadcast_in_dim %cst_84, dims = [] : (tensor<bf16>) -> tensor<10xbf16>
    %217 = stablehlo.add %215, %216 : tensor<10xbf16>
    %218 = stablehlo.divide %214, %217 : tensor<10xbf16>
    %219 = stablehlo.subtract %arg4, %218 : tensor<10xbf16>
    %220 = stablehlo.convert %arg13 : (tensor<f32>) -> tensor<f16>
    %c_85 = stablehlo.constant dense<1> : tensor<i32>
    %221 = stablehlo.add %arg0, %c_85 : tensor<i32>
    %222 = stablehlo.convert %221 : (tensor<i32>) -> tensor<f16>
    %cst_86 = stablehlo.constant dense<8.999020e-01> : tensor<f16>
    %223 = stablehlo.abs %cst_86 : tensor<f16>
    %224 = stablehlo.power %223, %222 : tensor<f16>
    %225 = stablehlo.floor %222 : tensor<f16>
    %226 = stablehlo.compare EQ, %225, %222, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %227 = stablehlo.abs %222 : tensor<f16>
    %c_87 = stablehlo.constant dense<2> : tensor<i32>
    %228 = call @remainder_8(%227, %c_87) : (tensor<f16>, tensor<i32>) -> tensor<f16>
    %cst_88 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %229 = stablehlo.compare EQ, %228, %cst_88, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %230 = stablehlo.and %226, %229 : tensor<i1>
    %cst_89 = stablehlo.constant dense<8.999020e-01> : tensor<f16>
    %cst_90 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %231 = stablehlo.compare LT, %cst_89, %cst_90, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %232 = stablehlo.and %231, %230 : tensor<i1>
    %233 = stablehlo.negate %224 : tensor<f16>
    %234 = call @_where_9(%232, %233, %224) : (tensor<i1>, tensor<f16>, tensor<f16>) -> tensor<f16>
    %cst_91 = stablehlo.constant dense<8.999020e-01> : tensor<f16>
    %cst_92 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %235 = stablehlo.compare LT, %cst_91, %cst_92, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %236 = stablehlo.not %226 : tensor<i1>
    %237 = stablehlo.and %235, %236 : tensor<i1>
    %cst_93 = stablehlo.constant dense<8.999020e-01> : tensor<f16>
    %238 = stablehlo.power %cst_93, %222 : tensor<f16>
    %239 = call @_where_9(%237, %238, %234) : (tensor<i1>, tensor<f16>, tensor<f16>) -> tensor<f16>
    %cst_94 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %240 = stablehlo.compare EQ, %222, %cst_94, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %cst_95 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %241 = call @_where_9(%240, %cst_95, %239) : (tensor<i1>, tensor<f16>, tensor<f16>) -> tensor<f16>
    %cst_96 = stablehlo.constant dense<9.990230e-01> : tensor<f16>
    %242 = stablehlo.abs %cst_96 : tensor<f16>
    %243 = stablehlo.power %242, %222 : tensor<f16>
    %244 = stablehlo.floor %222 : tensor<f16>
    %245 = stablehlo.compare EQ, %244, %222, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %246 = stablehlo.abs %222 : tensor<f16>
    %c_97 = stablehlo.constant dense<2> : tensor<i32>
    %247 = call @remainder_8(%246, %c_97) : (tensor<f16>, tensor<i32>) -> tensor<f16>
    %cst_98 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %248 = stablehlo.compare EQ, %247, %cst_98, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %249 = stablehlo.and %245, %248 : tensor<i1>
    %cst_99 = stablehlo.constant dense<9.990230e-01> : tensor<f16>
    %cst_100 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %250 = stablehlo.compare LT, %cst_99, %cst_100, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %251 = stablehlo.and %250, %249 : tensor<i1>
    %252 = stablehlo.negate %243 : tensor<f16>
    %253 = call @_where_9(%251, %252, %243) : (tensor<i1>, tensor<f16>, tensor<f16>) -> tensor<f16>
    %cst_101 = stablehlo.constant dense<9.990230e-01> : tensor<f16>
    %cst_102 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %254 = stablehlo.compare LT, %cst_101, %cst_102, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %255 = stablehlo.not %245 : tensor<i1>
    %256 = stablehlo.and %254, %255 : tensor<i1>
    %cst_103 = stablehlo.constant dense<9.990230e-01> : tensor<f16>
    %257 = stablehlo.power %cst_103, %222 : tensor<f16>
    %258 = call @_where_9(%256, %257, %253) : (tensor<i1>, tensor<f16>, tensor<f16>) -> tensor<f16>
    %cst_104 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %259 = stablehlo.compare EQ, %222, %cst_104, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %cst_105 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %260 = call @_where_9(%259, %cst_105, %258) : (tensor<i1>, tensor<f16>, tensor<f16>) -> tensor<f16>
    %cst_106 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %261 = stablehlo.subtract %cst_106, %260 : tensor<f16>
    %262 = stablehlo.sqrt %261 : tensor<f16>
    %263 = stablehlo.multiply %220, %262 : tensor<f16>
    %cst_107 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %264 = stablehlo.subtract %cst_107, %241 : tensor<f16>
    %265 = stablehlo.divide %263, %264 : tensor<f16>
    %266 = stablehlo.subtract %96, %arg8 : tensor<1xf16>
    %cst_108 = stablehlo.constant dense<9.997550e-02> : tensor<f16>
    %267 = stablehlo.broadcast_in_dim %cst_108, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %268 = stablehlo.multiply %266, %267 : tensor<1xf16>
    %269 = stablehlo.add %arg8, %268 : tensor<1xf16>
    %270 = chlo.square %96 : tensor<1xf16> -> tensor<1xf16>
    %271 = stablehlo.subtract %270, %arg9 : tensor<1xf16>
    %cst_109 = stablehlo.constant dense<1.000400e-03> : tensor<f16>
    %272 = stablehlo.broadcast_in_dim %cst_109, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %273 = stablehlo.multiply %271, %272 : tensor<1xf16>
    %274 = stablehlo.add %arg9, %273 : tensor<1xf16>
    %275 = stablehlo.broadcast_in_dim %265, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %276 = stablehlo.multiply %269, %275 : tensor<1xf16>
    %277 = stablehlo.sqrt %274 : tensor<1xf16>
    %cst_110 = stablehlo.constant dense<1.192090e-07> : tensor<f16>
    %278 = stablehlo.broadcast_in_dim %cst_110, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %279 = stablehlo.add %277, %278 : tensor<1xf16>
    %280 = stablehlo.divide %276, %279 : tensor<1xf16>
    %281 = stablehlo.subtract %arg7, %280 : tensor<1xf16>
    %c_111 = stablehlo.constant dense<1> : tensor<i32>
    %282 = stablehlo.add %arg0, %c_111 : tensor<i32>
    return %282, %157, %145, %150, %219, %207, %212, %281, %269, %274 : tensor<i32>, tensor<40xf32>, tensor<40xf32>, tensor<40xf32>, tensor<10xbf16>, tensor<10xbf16>, tensor<10xbf16>, tensor<1xf16>, tensor<1xf16>, tensor<1xf16>
  }
  func.func private @_where(%arg0: tensor<1xi1>, %arg1: tensor<1xf32>, %arg2: tensor<1xf32>) -> tensor<1xf32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<1xi1>, tensor<1xf32>
    return %0 : tensor<1xf32>
  }
  func.func private @_where_0(%arg0: tensor<1xi1>, %arg1: tensor<f32>, %arg2: tensor<1xf32>) -> tensor<1xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %1 = stablehlo.select %arg0, %0, %arg2 : tensor<1xi1>, tensor<1xf32>
    return %1 : tensor<1xf32>
  }
  func.func private @_where_1(%arg0: tensor<1xi1>, %arg1: tensor<1xbf16>, %arg2: tensor<1xbf16>) -> tensor<1xbf16> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<1xi1>, tensor<1xbf16>
    return %0 : tensor<1xbf16>
  }
  func.func private @_where_2(%arg0: tensor<1xi1>, %arg1: tensor<bf16>, %arg2: tensor<1xbf16>) -> tensor<1xbf16> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<bf16>) -> tensor<1xbf16>
    %1 = stablehlo.select %arg0, %0, %arg2 : tensor<1xi1>, tensor<1xbf16>
    return %1 : tensor<1xbf16>
  }
  func.func private @_where_3(%arg0: tensor<1xi1>, %arg1: tensor<1xf16>, %arg2: tensor<1xf16>) -> tensor<1xf16> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<1xi1>, tensor<1xf16>
    return %0 : tensor<1xf16>
  }
  func.func private @_where_4(%arg0: tensor<1xi1>, %arg1: tensor<f16>, %arg2: tensor<1xf16>) -> tensor<1xf16> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %1 = stablehlo.select %arg0, %0, %arg2 : tensor<1xi1>, tensor<1xf16>
    return %1 : tensor<1xf16>
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
  func.func private @_where_5(%arg0: tensor<i1>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> tensor<f32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<f32>
    return %0 : tensor<f32>
  }
  func.func private @remainder_6(%arg0: tensor<bf16>, %arg1: tensor<i32>) -> tensor<bf16> {
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
  func.func private @_where_7(%arg0: tensor<i1>, %arg1: tensor<bf16>, %arg2: tensor<bf16>) -> tensor<bf16> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<bf16>
    return %0 : tensor<bf16>
  }
  func.func private @remainder_8(%arg0: tensor<f16>, %arg1: tensor<i32>) -> tensor<f16> {
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
  func.func private @_where_9(%arg0: tensor<i1>, %arg1: tensor<f16>, %arg2: tensor<f16>) -> tensor<f16> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<f16>
    return %0 : tensor<f16>
  }
}
