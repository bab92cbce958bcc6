module @adam_iree attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @step(%arg0: tensor<i32>, %arg1: tensor<512xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<512xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<512xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<512xbf16> {tf.aliasing_output = 4 : i32}, %arg5: tensor<512xbf16> {tf.aliasing_output = 5 : i32}, %arg6: tensor<512xbf16> {tf.aliasing_output = 6 : i32}, %arg7: tensor<512xf16> {tf.aliasing_output = 7 : i32}, %arg8: tensor<512xf16> {tf.aliasing_output = 8 : i32}, %arg9: tensor<512xf16> {tf.aliasing_output = 9 : i32}, %arg10: tensor<512xf32>, %arg11: tensor<512xbf16>, %arg12: tensor<512xf16>, %arg13: tensor<f32>, %arg14: tensor<i32> {iree.abi.output = 0 : index}) -> (tensor<i32> {jax.result_info = "result[0]"}, tensor<512xf32> {jax.result_info = "result[1]"}, tensor<512xf32> {jax.result_info = "result[2]"}, tensor<512xf32> {jax.result_info = "result[3]"}, tensor<512xbf16> {jax.result_info = "result[4]"}, tensor<512xbf16> {jax.result_info = "result[5]"}, tensor<512xbf16> {jax.result_info = "result[6]"}, tensor<512xf16> {jax.result_info = "result[7]"}, tensor<512xf16> {jax.result_info = "result[8]"}, tensor<512xf16> {jax.result_info = "result[9]"}) {
    %0 = chlo.square %arg10 : tensor<512xf32> -> tensor<512xf32>
    %1 = stablehlo.reshape %0 : (tensor<512xf32>) -> tensor<16x32xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2 = stablehlo.reduce(%1 init: %cst) applies stablehlo.add across dimensions = [1] : (tensor<16x32xf32>, tensor<f32>) -> tensor<16xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3 = stablehlo.reduce(%2 init: %cst_0) applies stablehlo.add across dimensions = [0] : (tensor<16xf32>, tensor<f32>) -> tensor<f32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %5 = chlo.square %arg11 : tensor<512xbf16> -> tensor<512xbf16>
    %6 = stablehlo.convert %5 : (tensor<512xbf16>) -> tensor<512xf32>
    %7 = stablehlo.reshape %6 : (tensor<512xf32>) -> tensor<16x32xf32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %8 = stablehlo.reduce(%7 init: %cst_1) applies stablehlo.add across dimensions = [1] : (tensor<16x32xf32>, tensor<f32>) -> tensor<16xf32>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %9 = stablehlo.reduce(%8 init: %cst_2) applies stablehlo.add across dimensions = [0] : (tensor<16xf32>, tensor<f32>) -> tensor<f32>
    %10 = stablehlo.convert %9 : (tensor<f32>) -> tensor<bf16>
    %11 = stablehlo.broadcast_in_dim %10, dims = [] : (tensor<bf16>) -> tensor<1xbf16>
    %12 = chlo.square %arg12 : tensor<512xf16> -> tensor<512xf16>
    %13 = stablehlo.convert %12 : (tensor<512xf16>) -> tensor<512xf32>
    %14 = stablehlo.reshape %13 : (tensor<512xf32>) -> tensor<16x32xf32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %15 = stablehlo.reduce(%14 init: %cst_3) applies stablehlo.add across dimensions = [1] : (tensor<16x32xf32>, tensor<f32>) -> tensor<16xf32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %16 = stablehlo.reduce(%15 init: %cst_4) applies stablehlo.add across dimensions = [0] : (tensor<16xf32>, tensor<f32>) -> tensor<f32>
    %17 = stablehlo.convert %16 : (tensor<f32>) -> tensor<f16>
    %18 = stablehlo.broadcast_in_dim %17, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %20 = stablehlo.compare GT, %4, %19, FLOAT : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xi1>
    %cst_6 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %21 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %22 = call @_where(%20, %4, %21) : (tensor<1xi1>, tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %23 = stablehlo.sqrt %22 : tensor<1xf32>
    %24 = call @_where(%20, %23, %4) : (tensor<1xi1>, tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %25 = stablehlo.bitcast_convert %24 : (tensor<1xf32>) -> tensor<1xi32>
    %c = stablehlo.constant dense<2147483647> : tensor<i32>
    %26 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %27 = stablehlo.and %25, %26 : tensor<1xi32>
    %c_7 = stablehlo.constant dense<2139095040> : tensor<i32>
    %28 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %29 = stablehlo.compare GT, %27, %28, SIGNED : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %cst_8 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %30 = stablehlo.bitcast_convert %cst_8 : (tensor<f32>) -> tensor<i32>
    %c_9 = stablehlo.constant dense<2147483647> : tensor<i32>
    %31 = stablehlo.and %30, %c_9 : tensor<i32>
    %c_10 = stablehlo.constant dense<2139095040> : tensor<i32>
    %32 = stablehlo.compare GT, %31, %c_10, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %33 = stablehlo.broadcast_in_dim %32, dims = [] : (tensor<i1>) -> tensor<1xi1>
    %34 = stablehlo.or %29, %33 : tensor<1xi1>
    %cst_11 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %35 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %36 = stablehlo.maximum %24, %35 : tensor<1xf32>
    %cst_12 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %37 = call @_where_0(%34, %cst_12, %36) : (tensor<1xi1>, tensor<f32>, tensor<1xf32>) -> tensor<1xf32>
    %38 = stablehlo.optimization_barrier %37 : tensor<1xf32>
    %cst_13 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %39 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %40 = stablehlo.multiply %arg10, %39 : tensor<512xf32>
    %41 = stablehlo.reshape %38 : (tensor<1xf32>) -> tensor<f32>
    %42 = stablehlo.broadcast_in_dim %41, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %43 = stablehlo.divide %40, %42 : tensor<512xf32>
    %cst_14 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %44 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<bf16>) -> tensor<1xbf16>
    %45 = stablehlo.compare GT, %11, %44, FLOAT : (tensor<1xbf16>, tensor<1xbf16>) -> tensor<1xi1>
    %cst_15 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %46 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<bf16>) -> tensor<1xbf16>
    %47 = call @_where_1(%45, %11, %46) : (tensor<1xi1>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1xbf16>
    %48 = stablehlo.sqrt %47 : tensor<1xbf16>
    %49 = call @_where_1(%45, %48, %11) : (tensor<1xi1>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<1xbf16>
    %50 = stablehlo.convert %49 : (tensor<1xbf16>) -> tensor<1xf32>
    %51 = stablehlo.bitcast_convert %50 : (tensor<1xf32>) -> tensor<1xi32>
    %c_16 = stablehlo.constant dense<2147483647> : tensor<i32>
    %52 = stablehlo.broadcast_in_dim %c_16, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %53 = stablehlo.and %51, %52 : tensor<1xi32>
    %c_17 = stablehlo.constant dense<2139095040> : tensor<i32>
    %54 = stablehlo.broadcast_in_dim %c_17, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %55 = stablehlo.compare GT, %53, %54, SIGNED : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %cst_18 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %56 = stablehlo.bitcast_convert %cst_18 : (tensor<f32>) -> tensor<i32>
    %c_19 = stablehlo.constant dense<2147483647> : tensor<i32>
    %57 = stablehlo.and %56, %c_19 : tensor<i32>
    %c_20 = stablehlo.constant dense<2139095040> : tensor<i32>
    %58 = stablehlo.compare GT, %57, %c_20, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %59 = stablehlo.broadcast_in_dim %58, dims = [] : (tensor<i1>) -> tensor<1xi1>
    %60 = stablehlo.or %55, %59 : tensor<1xi1>
    %cst_21 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %61 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<bf16>) -> tensor<1xbf16>
    %62 = stablehlo.maximum %49, %61 : tensor<1xbf16>
    %cst_22 = stablehlo.constant dense<0x7FC0> : tensor<bf16>
    %63 = call @_where_2(%60, %cst_22, %62) : (tensor<1xi1>, tensor<bf16>, tensor<1xbf16>) -> tensor<1xbf16>
    %64 = stablehlo.optimization_barrier %63 : tensor<1xbf16>
    %cst_23 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %65 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<bf16>) -> tensor<512xbf16>
    %66 = stablehlo.multiply %arg11, %65 : tensor<512xbf16>
    %67 = stablehlo.reshape %64 : (tensor<1xbf16>) -> tensor<bf16>
    %68 = stablehlo.broadcast_in_dim %67, dims = [] : (tensor<bf16>) -> tensor<512xbf16>
    %69 = stablehlo.divide %66, %68 : tensor<512xbf16>
    %cst_24 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %70 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %71 = stablehlo.compare GT, %18, %70, FLOAT : (tensor<1xf16>, tensor<1xf16>) -> tensor<1xi1>
    %cst_25 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %72 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %73 = call @_where_3(%71, %18, %72) : (tensor<1xi1>, tensor<1xf16>, tensor<1xf16>) -> tensor<1xf16>
    %74 = stablehlo.sqrt %73 : tensor<1xf16>
    %75 = call @_where_3(%71, %74, %18) : (tensor<1xi1>, tensor<1xf16>, tensor<1xf16>) -> tensor<1xf16>
    %76 = stablehlo.convert %75 : (tensor<1xf16>) -> tensor<1xf32>
    %77 = stablehlo.bitcast_convert %76 : (tensor<1xf32>) -> tensor<1xi32>
    %c_26 = stablehlo.constant dense<2147483647> : tensor<i32>
    %78 = stablehlo.broadcast_in_dim %c_26, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %79 = stablehlo.and %77, %78 : tensor<1xi32>
    %c_27 = stablehlo.constant dense<2139095040> : tensor<i32>
    %80 = stablehlo.broadcast_in_dim %c_27, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %81 = stablehlo.compare GT, %79, %80, SIGNED : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %cst_28 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %82 = stablehlo.bitcast_convert %cst_28 : (tensor<f32>) -> tensor<i32>
    %c_29 = stablehlo.constant dense<2147483647> : tensor<i32>
    %83 = stablehlo.and %82, %c_29 : tensor<i32>
    %c_30 = stablehlo.constant dense<2139095040> : tensor<i32>
    %84 = stablehlo.compare GT, %83, %c_30, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %85 = stablehlo.broadcast_in_dim %84, dims = [] : (tensor<i1>) -> tensor<1xi1>
    %86 = stablehlo.or %81, %85 : tensor<1xi1>
    %cst_31 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %87 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f16>) -> tensor<1xf16>
    %88 = stablehlo.maximum %75, %87 : tensor<1xf16>
    %cst_32 = stablehlo.constant dense<0x7E00> : tensor<f16>
    %89 = call @_where_4(%86, %cst_32, %88) : (tensor<1xi1>, tensor<f16>, tensor<1xf16>) -> tensor<1xf16>
    %90 = stablehlo.optimization_barrier %89 : tensor<1xf16>
    %cst_33 = stablehlo.constant dense<5.000000e-01> : tensor<f16>
    %91 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f16>) -> tensor<512xf16>
    %92 = stablehlo.multiply %arg12, %91 : tensor<512xf16>
    %93 = stablehlo.reshape %90 : (tensor<1xf16>) -> tensor<f16>
    %94 = stablehlo.broadcast_in_dim %93, dims = [] : (tensor<f16>) -> tensor<512xf16>
    %95 = stablehlo.divide %92, %94 : tensor<512xf16>
    %c_34 = stablehlo.constant dense<1> : tensor<i32>
    %96 = stablehlo.add %arg0, %c_34 : tensor<i32>
    %97 = stablehlo.convert %96 : (tensor<i32>) -> tensor<f32>
    %cst_35 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %98 = stablehlo.abs %cst_35 : tensor<f32>
    %99 = stablehlo.power %98, %97 : tensor<f32>
    %100 = stablehlo.floor %97 : tensor<f32>
    %101 = stablehlo.compare EQ, %100, %97, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %102 = stablehlo.abs %97 : tensor<f32>
    %c_36 = stablehlo.constant dense<2> : tensor<i32>
    %103 = call @remainder(%102, %c_36) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_37 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %104 = stablehlo.compare EQ, %103, %cst_37, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %105 = stablehlo.and %101, %104 : tensor<i1>
    %cst_38 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_39 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %106 = stablehlo.compare LT, %cst_38, %cst_39, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %107 = stablehlo.and %106, %105 : tensor<i1>
    %108 = stablehlo.negate %99 : tensor<f32>
    %109 = call @_where_5(%107, %108, %99) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_40 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_41 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %110 = stablehlo.compare LT, %cst_40, %cst_41, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %111 = stablehlo.not %101 : tensor<i1>
    %112 = stablehlo.and %110, %111 : tensor<i1>
    %cst_42 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %113 = stablehlo.power %cst_42, %97 : tensor<f32>
    %114 = call @_where_5(%112, %113, %109) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_43 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %115 = stablehlo.compare EQ, %97, %cst_43, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_44 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %116 = call @_where_5(%115, %cst_44, %114) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_45 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %117 = stablehlo.abs %cst_45 : tensor<f32>
    %118 = stablehlo.power %117, %97 : tensor<f32>
    %119 = stablehlo.floor %97 : tensor<f32>
    %120 = stablehlo.compare EQ, %119, %97, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %121 = stablehlo.abs %97 : tensor<f32>
    %c_46 = stablehlo.constant dense<2> : tensor<i32>
    %122 = call @remainder(%121, %c_46) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_47 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %123 = stablehlo.compare EQ, %122, %cst_47, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %124 = stablehlo.and %120, %123 : tensor<i1>
    %cst_48 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_49 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %125 = stablehlo.compare LT, %cst_48, %cst_49, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %126 = stablehlo.and %125, %124 : tensor<i1>
    %127 = stablehlo.negate %118 : tensor<f32>
    %128 = call @_where_5(%126, %127, %118) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_50 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_51 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %129 = stablehlo.compare LT, %cst_50, %cst_51, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %130 = stablehlo.not %120 : tensor<i1>
    %131 = stablehlo.and %129, %130 : tensor<i1>
    %cst_52 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %132 = stablehlo.power %cst_52, %97 : tensor<f32>
    %133 = call @_where_5(%131, %132, %128) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_53 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %134 = stablehlo.compare EQ, %97, %cst_53, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_54 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %135 = call @_where_5(%134, %cst_54, %133) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_55 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %136 = stablehlo.subtract %cst_55, %135 : tensor<f32>
    %137 = stablehlo.sqrt %136 : tensor<f32>
    %138 = stablehlo.multiply %arg13, %137 : tensor<f32>
    %cst_56 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %139 = stablehlo.subtract %cst_56, %116 : tensor<f32>
    %140 = stablehlo.divide %138, %139 : tensor<f32>
    %141 = stablehlo.subtract %43, %arg2 : tensor<512xf32>
    %cst_57 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %142 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %143 = stablehlo.multiply %141, %142 : tensor<512xf32>
    %144 = stablehlo.add %arg2, %143 : tensor<512xf32>
    %145 = chlo.square %43 : tensor<512xf32> -> tensor<512xf32>
    %146 = stablehlo.subtract %145, %arg3 : tensor<512xf32>
    %cst_58 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %147 = stablehlo.broadcast_in_dim %cst_58, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %148 = stablehlo.multiply %146, %147 : tensor<512xf32>
    %149 = stablehlo.add %arg3, %148 : tensor<512xf32>
    %150 = stablehlo.broadcast_in_dim %140, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %151 = stablehlo.multiply %144, %150 : tensor<512xf32>
    %152 = stablehlo.sqrt %149 : tensor<512xf32>
    %cst_59 = stablehlo.constant dense<1.000000e-07> : tensor<f32>
    %153 = stablehlo.broadcast_in_dim %cst_59, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %154 = stablehlo.add %152, %153 : tensor<512xf32>
    %155 = stablehlo.divide %151, %154 : tensor<512xf32>
    %156 = stablehlo.subtract %arg1, %155 : tensor<512xf32>
    %157 = stablehlo.convert %arg13 : (tensor<f32>) -> tensor<bf16>
    %c_60 = stablehlo.constant dense<1> : tensor<i32>
    %158 = stablehlo.add %arg0, %c_60 : tensor<i32>
    %159 = stablehlo.convert %158 : (tensor<i32>) -> tensor<bf16>
    %cst_61 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %160 = stablehlo.abs %cst_61 : tensor<bf16>
    %161 = stablehlo.power %160, %159 : tensor<bf16>
    %162 = stablehlo.floor %159 : tensor<bf16>
    %163 = stablehlo.compare EQ, %162, %159, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %164 = stablehlo.abs %159 : tensor<bf16>
    %c_62 = stablehlo.constant dense<2> : tensor<i32>
    %165 = call @remainder_6(%164, %c_62) : (tensor<bf16>, tensor<i32>) -> tensor<bf16>
    %cst_63 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %166 = stablehlo.compare EQ, %165, %cst_63, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %167 = stablehlo.and %163, %166 : tensor<i1>
    %cst_64 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %cst_65 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %168 = stablehlo.compare LT, %cst_64, %cst_65, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %169 = stablehlo.and %168, %167 : tensor<i1>
    %170 = stablehlo.negate %161 : tensor<bf16>
    %171 = call @_where_7(%169, %170, %161) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    %cst_66 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %cst_67 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %172 = stablehlo.compare LT, %cst_66, %cst_67, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %173 = stablehlo.not %163 : tensor<i1>
    %174 = stablehlo.and %172, %173 : tensor<i1>
    %cst_68 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %175 = stablehlo.power %cst_68, %159 : tensor<bf16>
    %176 = call @_where_7(%174, %175, %171) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    %cst_69 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %177 = stablehlo.compare EQ, %159, %cst_69, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %cst_70 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %178 = call @_where_7(%177, %cst_70, %176) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    %cst_71 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %179 = stablehlo.abs %cst_71 : tensor<bf16>
    %180 = stablehlo.power %179, %159 : tensor<bf16>
    %181 = stablehlo.floor %159 : tensor<bf16>
    %182 = stablehlo.compare EQ, %181, %159, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %183 = stablehlo.abs %159 : tensor<bf16>
    %c_72 = stablehlo.constant dense<2> : tensor<i32>
    %184 = call @remainder_6(%183, %c_72) : (tensor<bf16>, tensor<i32>) -> tensor<bf16>
    %cst_73 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %185 = stablehlo.compare EQ, %184, %cst_73, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %186 = stablehlo.and %182, %185 : tensor<i1>
    %cst_74 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %cst_75 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %187 = stablehlo.compare LT, %cst_74, %cst_75, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %188 = stablehlo.and %187, %186 : tensor<i1>
    %189 = stablehlo.negate %180 : tensor<bf16>
    %190 = call @_where_7(%188, %189, %180) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    %cst_76 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %cst_77 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %191 = stablehlo.compare LT, %cst_76, %cst_77, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %192 = stablehlo.not %182 : tensor<i1>
    %193 = stablehlo.and %191, %192 : tensor<i1>
    %cst_78 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %194 = stablehlo.power %cst_78, %159 : tensor<bf16>
    %195 = call @_where_7(%193, %194, %190) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    %cst_79 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %196 = stablehlo.compare EQ, %159, %cst_79, FLOAT : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
    %cst_80 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %197 = call @_where_7(%196, %cst_80, %195) : (tensor<i1>, tensor<bf16>, tensor<bf16>) -> tensor<bf16>
    %cst_81 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %198 = stablehlo.subtract %cst_81, %197 : tensor<bf16>
    %199 = stablehlo.sqrt %198 : tensor<bf16>
    %200 = stablehlo.multiply %157, %199 : tensor<bf16>
    %cst_82 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %201 = stablehlo.subtract %cst_82, %178 : tensor<bf16>
    %202 = stablehlo.divide %200, %201 : tensor<bf16>
    %203 = stablehlo.subtract %69, %arg5 : tensor<512xbf16>
    %cst_83 = stablehlo.constant dense<1.000980e-01> : tensor<bf16>
    %204 = stablehlo.broadcast_in_dim %cst_83, dims = [] : (tensor<bf16>) -> tensor<512xbf16>
    %205 = stablehlo.multiply %203, %204 : tensor<512xbf16>
    %206 = stablehlo.add %arg5, %205 : tensor<512xbf16>
    %207 = chlo.square %69 : tensor<512xbf16> -> tensor<512xbf16>
    %208 = stablehlo.subtract %207, %arg6 : tensor<512xbf16>
    %cst_84 = stablehlo.constant dense<9.994500e-04> : tensor<bf16>
    %209 = stablehlo.broadcast_in_dim %cst_84, dims = [] : (tensor<bf16>) -> tensor<512xbf16>
    %210 = stablehlo.multiply %208, %209 : tensor<512xbf16>
    %211 = stablehlo.add %arg6, %210 : tensor<512xbf16>
    %212 = stablehlo.broadcast_in_dim %202, dims = [] : (tensor<bf16>) -> tensor<512xbf16>
    %213 = stablehlo.multiply %206, %212 : tensor<512xbf16>
    %214 = stablehlo.sqrt %211 : tensor<512xbf16>
    %cst_85 = stablehlo.constant dense<1.001170e-07> : tensor<bf16>
    %215 = stablehlo.broadcast_in_dim %cst_85, dims = [] : (tensor<bf16>) -> tensor<512xbf16>
    %216 = stablehlo.add %214, %215 : tensor<512xbf16>
    %217 = stablehlo.divide %213, %216 : tensor<512xbf16>
    %218 = stablehlo.subtract %arg4, %217 : tensor<512xbf16>
    %219 = stablehlo.convert %arg13 : (tensor<f32>) -> tensor<f16>
    %c_86 = stablehlo.constant dense<1> : tensor<i32>
    %220 = stablehlo.add %arg0, %c_86 : tensor<i32>
    %221 = stablehlo.convert %220 : (tensor<i32>) -> tensor<f16>
    %cst_87 = stablehlo.constant dense<8.999020e-01> : tensor<f16>
    %222 = stablehlo.abs %cst_87 : tensor<f16>
    %223 = stablehlo.power %222, %221 : tensor<f16>
    %224 = stablehlo.floor %221 : tensor<f16>
    %225 = stablehlo.compare EQ, %224, %221, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %226 = stablehlo.abs %221 : tensor<f16>
    %c_88 = stablehlo.constant dense<2> : tensor<i32>
    %227 = call @remainder_8(%226, %c_88) : (tensor<f16>, tensor<i32>) -> tensor<f16>
    %cst_89 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %228 = stablehlo.compare EQ, %227, %cst_89, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %229 = stablehlo.and %225, %228 : tensor<i1>
    %cst_90 = stablehlo.constant dense<8.999020e-01> : tensor<f16>
    %cst_91 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %230 = stablehlo.compare LT, %cst_90, %cst_91, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %231 = stablehlo.and %230, %229 : tensor<i1>
    %232 = stablehlo.negate %223 : tensor<f16>
    %233 = call @_where_9(%231, %232, %223) : (tensor<i1>, tensor<f16>, tensor<f16>) -> tensor<f16>
    %cst_92 = stablehlo.constant dense<8.999020e-01> : tensor<f16>
    %cst_93 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %234 = stablehlo.compare LT, %cst_92, %cst_93, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %235 = stablehlo.not %225 : tensor<i1>
    %236 = stablehlo.and %234, %235 : tensor<i1>
    %cst_94 = stablehlo.constant dense<8.999020e-01> : tensor<f16>
    %237 = stablehlo.power %cst_94, %221 : tensor<f16>
    %238 = call @_where_9(%236, %237, %233) : (tensor<i1>, tensor<f16>, tensor<f16>) -> tensor<f16>
    %cst_95 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %239 = stablehlo.compare EQ, %221, %cst_95, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %cst_96 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %240 = call @_where_9(%239, %cst_96, %238) : (tensor<i1>, tensor<f16>, tensor<f16>) -> tensor<f16>
    %cst_97 = stablehlo.constant dense<9.990230e-01> : tensor<f16>
    %241 = stablehlo.abs %cst_97 : tensor<f16>
    %242 = stablehlo.power %241, %221 : tensor<f16>
    %243 = stablehlo.floor %221 : tensor<f16>
    %244 = stablehlo.compare EQ, %243, %221, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %245 = stablehlo.abs %221 : tensor<f16>
    %c_98 = stablehlo.constant dense<2> : tensor<i32>
    %246 = call @remainder_8(%245, %c_98) : (tensor<f16>, tensor<i32>) -> tensor<f16>
    %cst_99 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %247 = stablehlo.compare EQ, %246, %cst_99, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %248 = stablehlo.and %244, %247 : tensor<i1>
    %cst_100 = stablehlo.constant dense<9.990230e-01> : tensor<f16>
    %cst_101 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %249 = stablehlo.compare LT, %cst_100, %cst_101, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %250 = stablehlo.and %249, %248 : tensor<i1>
    %251 = stablehlo.negate %242 : tensor<f16>
    %252 = call @_where_9(%250, %251, %242) : (tensor<i1>, tensor<f16>, tensor<f16>) -> tensor<f16>
    %cst_102 = stablehlo.constant dense<9.990230e-01> : tensor<f16>
    %cst_103 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %253 = stablehlo.compare LT, %cst_102, %cst_103, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %254 = stablehlo.not %244 : tensor<i1>
    %255 = stablehlo.and %253, %254 : tensor<i1>
    %cst_104 = stablehlo.constant dense<9.990230e-01> : tensor<f16>
    %256 = stablehlo.power %cst_104, %221 : tensor<f16>
    %257 = call @_where_9(%255, %256, %252) : (tensor<i1>, tensor<f16>, tensor<f16>) -> tensor<f16>
    %cst_105 = stablehlo.constant dense<0.000000e+00> : tensor<f16>
    %258 = stablehlo.compare EQ, %221, %cst_105, FLOAT : (tensor<f16>, tensor<f16>) -> tensor<i1>
    %cst_106 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %259 = call @_where_9(%258, %cst_106, %257) : (tensor<i1>, tensor<f16>, tensor<f16>) -> tensor<f16>
    %cst_107 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %260 = stablehlo.subtract %cst_107, %259 : tensor<f16>
    %261 = stablehlo.sqrt %260 : tensor<f16>
    %262 = stablehlo.multiply %219, %261 : tensor<f16>
    %cst_108 = stablehlo.constant dense<1.000000e+00> : tensor<f16>
    %263 = stablehlo.subtract %cst_108, %240 : tensor<f16>
    %264 = stablehlo.divide %262, %263 : tensor<f16>
    %265 = stablehlo.subtract %95, %arg8 : tensor<512xf16>
    %cst_109 = stablehlo.constant dense<9.997550e-02> : tensor<f16>
    %266 = stablehlo.broadcast_in_dim %cst_109, dims = [] : (tensor<f16>) -> tensor<512xf16>
    %267 = stablehlo.multiply %265, %266 : tensor<512xf16>
    %268 = stablehlo.add %arg8, %267 : tensor<512xf16>
    %269 = chlo.square %95 : tensor<512xf16> -> tensor<512xf16>
    %270 = stablehlo.subtract %269, %arg9 : tensor<512xf16>
    %cst_110 = stablehlo.constant dense<1.000400e-03> : tensor<f16>
    %271 = stablehlo.broadcast_in_dim %cst_110, dims = [] : (tensor<f16>) -> tensor<512xf16>
    %272 = stablehlo.multiply %270, %271 : tensor<512xf16>
    %273 = stablehlo.add %arg9, %272 : tensor<512xf16>
    %274 = stablehlo.broadcast_in_dim %264, dims = [] : (tensor<f16>) -> tensor<512xf16>
    %275 = stablehlo.multiply %268, %274 : tensor<512xf16>
    %276 = stablehlo.sqrt %273 : tensor<512xf16>
    %cst_111 = stablehlo.constant dense<1.192090e-07> : tensor<f16>
    %277 = stablehlo.broadcast_in_dim %cst_111, dims = [] : (tensor<f16>) -> tensor<512xf16>
    %278 = stablehlo.add %276, %277 : tensor<512xf16>
    %279 = stablehlo.divide %275, %278 : tensor<512xf16>
    %280 = stablehlo.subtract %arg7, %279 : tensor<512xf16>
    %c_112 = stablehlo.constant dense<1> : tensor<i32>
    %281 = stablehlo.add %arg0, %c_112 : tensor<i32>
    return %281, %156, %144, %149, %218, %206, %211, %280, %268, %273 : tensor<i32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512xbf16>, tensor<512xbf16>, tensor<512xbf16>, tensor<512xf16>, tensor<512xf16>, tensor<512xf16>
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
