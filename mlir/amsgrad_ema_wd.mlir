module @adam_iree attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @step(%arg0: tensor<i32>, %arg1: tensor<512xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<512xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<512xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<512xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<512xf32> {tf.aliasing_output = 5 : i32}, %arg6: tensor<512xf32> {tf.aliasing_output = 6 : i32}, %arg7: tensor<512xf32> {tf.aliasing_output = 7 : i32}, %arg8: tensor<512xf32> {tf.aliasing_output = 8 : i32}, %arg9: tensor<512xf32> {tf.aliasing_output = 9 : i32}, %arg10: tensor<512xf32> {tf.aliasing_output = 10 : i32}, %arg11: tensor<512xf32>, %arg12: tensor<512xf32>, %arg13: tensor<f32>, %arg14: tensor<i32> {iree.abi.output = 0 : index}) -> (tensor<i32> {jax.result_info = "result[0]"}, tensor<512xf32> {jax.result_info = "result[1]"}, tensor<512xf32> {jax.result_info = "result[2]"}, tensor<512xf32> {jax.result_info = "result[3]"}, tensor<512xf32> {jax.result_info = "result[4]"}, tensor<512xf32> {jax.result_info = "result[5]"}, tensor<512xf32> {jax.result_info = "result[6]"}, tensor<512xf32> {jax.result_info = "result[7]"}, tensor<512xf32> {jax.result_info = "result[8]"}, tensor<512xf32> {jax.result_info = "result[9]"}, tensor<512xf32> {jax.result_info = "result[10]"}) {
    %cst = stablehlo.constant dense<4.000000e-03> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %1 = stablehlo.multiply %arg1, %0 : tensor<512xf32>
    %2 = stablehlo.broadcast_in_dim %arg13, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %3 = stablehlo.multiply %1, %2 : tensor<512xf32>
    %4 = stablehlo.subtract %arg1, %3 : tensor<512xf32>
    %c = stablehlo.constant dense<1> : tensor<i32>
    %5 = stablehlo.add %arg0, %c : tensor<i32>
    %6 = stablehlo.convert %5 : (tensor<i32>) -> tensor<f32>
    %cst_0 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %7 = stablehlo.abs %cst_0 : tensor<f32>
    %8 = stablehlo.power %7, %6 : tensor<f32>
    %9 = stablehlo.floor %6 : tensor<f32>
    %10 = stablehlo.compare EQ, %9, %6, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %11 = stablehlo.abs %6 : tensor<f32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %12 = call @remainder(%11, %c_1) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %13 = stablehlo.compare EQ, %12, %cst_2, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %14 = stablehlo.and %10, %13 : tensor<i1>
    %cst_3 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %15 = stablehlo.compare LT, %cst_3, %cst_4, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %16 = stablehlo.and %15, %14 : tensor<i1>
    %17 = stablehlo.negate %8 : tensor<f32>
    %18 = call @_where(%16, %17, %8) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_5 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %19 = stablehlo.compare LT, %cst_5, %cst_6, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %20 = stablehlo.not %10 : tensor<i1>
    %21 = stablehlo.and %19, %20 : tensor<i1>
    %cst_7 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %22 = stablehlo.power %cst_7, %6 : tensor<f32>
    %23 = call @_where(%21, %22, %18) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_8 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %24 = stablehlo.compare EQ, %6, %cst_8, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_9 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %25 = call @_where(%24, %cst_9, %23) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_10 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %26 = stablehlo.abs %cst_10 : tensor<f32>
    %27 = stablehlo.power %26, %6 : tensor<f32>
    %28 = stablehlo.floor %6 : tensor<f32>
    %29 = stablehlo.compare EQ, %28, %6, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %30 = stablehlo.abs %6 : tensor<f32>
    %c_11 = stablehlo.constant dense<2> : tensor<i32>
    %31 = call @remainder(%30, %c_11) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_12 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %32 = stablehlo.compare EQ, %31, %cst_12, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %33 = stablehlo.and %29, %32 : tensor<i1>
    %cst_13 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_14 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %34 = stablehlo.compare LT, %cst_13, %cst_14, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %35 = stablehlo.and %34, %33 : tensor<i1>
    %36 = stablehlo.negate %27 : tensor<f32>
    %37 = call @_where(%35, %36, %27) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_15 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_16 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %38 = stablehlo.compare LT, %cst_15, %cst_16, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %39 = stablehlo.not %29 : tensor<i1>
    %40 = stablehlo.and %38, %39 : tensor<i1>
    %cst_17 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %41 = stablehlo.power %cst_17, %6 : tensor<f32>
    %42 = call @_where(%40, %41, %37) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_18 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %43 = stablehlo.compare EQ, %6, %cst_18, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_19 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %44 = call @_where(%43, %cst_19, %42) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_20 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %45 = stablehlo.subtract %cst_20, %44 : tensor<f32>
    %46 = stablehlo.sqrt %45 : tensor<f32>
    %47 = stablehlo.multiply %arg13, %46 : tensor<f32>
    %cst_21 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %48 = stablehlo.subtract %cst_21, %25 : tensor<f32>
    %49 = stablehlo.divide %47, %48 : tensor<f32>
    %50 = stablehlo.subtract %arg11, %arg2 : tensor<512xf32>
    %cst_22 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %51 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %52 = stablehlo.multiply %50, %51 : tensor<512xf32>
    %53 = stablehlo.add %arg2, %52 : tensor<512xf32>
    %54 = chlo.square %arg11 : tensor<512xf32> -> tensor<512xf32>
    %55 = stablehlo.subtract %54, %arg3 : tensor<512xf32>
    %cst_23 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %56 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %57 = stablehlo.multiply %55, %56 : tensor<512xf32>
    %58 = stablehlo.add %arg3, %57 : tensor<512xf32>
    %59 = stablehlo.bitcast_convert %arg4 : (tensor<512xf32>) -> tensor<512xi32>
    %c_24 = stablehlo.constant dense<2147483647> : tensor<i32>
    %60 = stablehlo.broadcast_in_dim %c_24, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %61 = stablehlo.and %59, %60 : tensor<512xi32>
    %c_25 = stablehlo.constant dense<2139095040> : tensor<i32>
    %62 = stablehlo.broadcast_in_dim %c_25, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %63 = stablehlo.compare GT, %61, %62, SIGNED : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %64 = stablehlo.bitcast_convert %58 : (tensor<512xf32>) -> tensor<512xi32>
    %c_26 = stablehlo.constant dense<2147483647> : tensor<i32>
    %65 = stablehlo.broadcast_in_dim %c_26, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %66 = stablehlo.and %64, %65 : tensor<512xi32>
    %c_27 = stablehlo.constant dense<2139095040> : tensor<i32>
    %67 = stablehlo.broadcast_in_dim %c_27, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %68 = stablehlo.compare GT, %66, %67, SIGNED : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %69 = stablehlo.or %63, %68 : tensor<512xi1>
    %70 = stablehlo.maximum %arg4, %58 : tensor<512xf32>
    %cst_28 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %71 = call @_where_0(%69, %cst_28, %70) : (tensor<512xi1>, tensor<f32>, tensor<512xf32>) -> tensor<512xf32>
    %72 = stablehlo.broadcast_in_dim %49, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %73 = stablehlo.multiply %53, %72 : tensor<512xf32>
    %74 = stablehlo.sqrt %71 : tensor<512xf32>
    %cst_29 = stablehlo.constant dense<1.000000e-07> : tensor<f32>
    %75 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %76 = stablehlo.add %74, %75 : tensor<512xf32>
    %77 = stablehlo.divide %73, %76 : tensor<512xf32>
    %78 = stablehlo.subtract %4, %77 : tensor<512xf32>
    %c_30 = stablehlo.constant dense<0> : tensor<i32>
    %79 = stablehlo.compare NE, %arg0, %c_30, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %80 = stablehlo.convert %79 : (tensor<i1>) -> tensor<f32>
    %cst_31 = stablehlo.constant dense<9.900000e-01> : tensor<f32>
    %81 = stablehlo.multiply %80, %cst_31 : tensor<f32>
    %82 = stablehlo.broadcast_in_dim %81, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %83 = stablehlo.multiply %82, %arg5 : tensor<512xf32>
    %cst_32 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %84 = stablehlo.subtract %cst_32, %81 : tensor<f32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %86 = stablehlo.multiply %85, %78 : tensor<512xf32>
    %87 = stablehlo.add %83, %86 : tensor<512xf32>
    %c_33 = stablehlo.constant dense<1> : tensor<i32>
    %88 = stablehlo.add %arg0, %c_33 : tensor<i32>
    %c_34 = stablehlo.constant dense<3> : tensor<i32>
    %89 = call @remainder_1(%88, %c_34) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_35 = stablehlo.constant dense<0> : tensor<i32>
    %90 = stablehlo.compare EQ, %89, %c_35, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %91 = stablehlo.convert %90 : (tensor<i1>) -> tensor<f32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %93 = stablehlo.multiply %87, %92 : tensor<512xf32>
    %94 = stablehlo.not %90 : tensor<i1>
    %95 = stablehlo.convert %94 : (tensor<i1>) -> tensor<f32>
    %96 = stablehlo.broadcast_in_dim %95, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %97 = stablehlo.multiply %78, %96 : tensor<512xf32>
    %98 = stablehlo.add %93, %97 : tensor<512xf32>
    %c_36 = stablehlo.constant dense<1> : tensor<i32>
    %99 = stablehlo.add %arg0, %c_36 : tensor<i32>
    %100 = stablehlo.convert %99 : (tensor<i32>) -> tensor<f32>
    %cst_37 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %101 = stablehlo.abs %cst_37 : tensor<f32>
    %102 = stablehlo.power %101, %100 : tensor<f32>
    %103 = stablehlo.floor %100 : tensor<f32>
    %104 = stablehlo.compare EQ, %103, %100, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %105 = stablehlo.abs %100 : tensor<f32>
    %c_38 = stablehlo.constant dense<2> : tensor<i32>
    %106 = call @remainder(%105, %c_38) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_39 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %107 = stablehlo.compare EQ, %106, %cst_39, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %108 = stablehlo.and %104, %107 : tensor<i1>
    %cst_40 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_41 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %109 = stablehlo.compare LT, %cst_40, %cst_41, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %110 = stablehlo.and %109, %108 : tensor<i1>
    %111 = stablehlo.negate %102 : tensor<f32>
    %112 = call @_where(%110, %111, %102) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_42 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_43 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %113 = stablehlo.compare LT, %cst_42, %cst_43, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %114 = stablehlo.not %104 : tensor<i1>
    %115 = stablehlo.and %113, %114 : tensor<i1>
    %cst_44 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %116 = stablehlo.power %cst_44, %100 : tensor<f32>
    %117 = call @_where(%115, %116, %112) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_45 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %118 = stablehlo.compare EQ, %100, %cst_45, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_46 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %119 = call @_where(%118, %cst_46, %117) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_47 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %120 = stablehlo.abs %cst_47 : tensor<f32>
    %121 = stablehlo.power %120, %100 : tensor<f32>
    %122 = stablehlo.floor %100 : tensor<f32>
    %123 = stablehlo.compare EQ, %122, %100, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %124 = stablehlo.abs %100 : tensor<f32>
    %c_48 = stablehlo.constant dense<2> : tensor<i32>
    %125 = call @remainder(%124, %c_48) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_49 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %126 = stablehlo.compare EQ, %125, %cst_49, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %127 = stablehlo.and %123, %126 : tensor<i1>
    %cst_50 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_51 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %128 = stablehlo.compare LT, %cst_50, %cst_51, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %129 = stablehlo.and %128, %127 : tensor<i1>
    %130 = stablehlo.negate %121 : tensor<f32>
    %131 = call @_where(%129, %130, %121) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_52 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_53 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %132 = stablehlo.compare LT, %cst_52, %cst_53, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %133 = stablehlo.not %123 : tensor<i1>
    %134 = stablehlo.and %132, %133 : tensor<i1>
    %cst_54 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %135 = stablehlo.power %cst_54, %100 : tensor<f32>
    %136 = call @_where(%134, %135, %131) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_55 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %137 = stablehlo.compare EQ, %100, %cst_55, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_56 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %138 = call @_where(%137, %cst_56, %136) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_57 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %139 = stablehlo.subtract %cst_57, %138 : tensor<f32>
    %140 = stablehlo.sqrt %139 : tensor<f32>
    %141 = stablehlo.multiply %arg13, %140 : tensor<f32>
    %cst_58 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %142 = stablehlo.subtract %cst_58, %119 : tensor<f32>
    %143 = stablehlo.divide %141, %142 : tensor<f32>
    %144 = stablehlo.subtract %arg12, %arg7 : tensor<512xf32>
    %cst_59 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %145 = stablehlo.broadcast_in_dim %cst_59, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %146 = stablehlo.multiply %144, %145 : tensor<512xf32>
    %147 = stablehlo.add %arg7, %146 : tensor<512xf32>
    %148 = chlo.square %arg12 : tensor<512xf32> -> tensor<512xf32>
    %149 = stablehlo.subtract %148, %arg8 : tensor<512xf32>
    %cst_60 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %150 = stablehlo.broadcast_in_dim %cst_60, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %151 = stablehlo.multiply %149, %150 : tensor<512xf32>
    %152 = stablehlo.add %arg8, %151 : tensor<512xf32>
    %153 = stablehlo.bitcast_convert %arg9 : (tensor<512xf32>) -> tensor<512xi32>
    %c_61 = stablehlo.constant dense<2147483647> : tensor<i32>
    %154 = stablehlo.broadcast_in_dim %c_61, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %155 = stablehlo.and %153, %154 : tensor<512xi32>
    %c_62 = stablehlo.constant dense<2139095040> : tensor<i32>
    %156 = stablehlo.broadcast_in_dim %c_62, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %157 = stablehlo.compare GT, %155, %156, SIGNED : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %158 = stablehlo.bitcast_convert %152 : (tensor<512xf32>) -> tensor<512xi32>
    %c_63 = stablehlo.constant dense<2147483647> : tensor<i32>
    %159 = stablehlo.broadcast_in_dim %c_63, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %160 = stablehlo.and %158, %159 : tensor<512xi32>
    %c_64 = stablehlo.constant dense<2139095040> : tensor<i32>
    %161 = stablehlo.broadcast_in_dim %c_64, dims = [] : (tensor<i32>) -> tensor<512xi32>
    %162 = stablehlo.compare GT, %160, %161, SIGNED : (tensor<512xi32>, tensor<512xi32>) -> tensor<512xi1>
    %163 = stablehlo.or %157, %162 : tensor<512xi1>
    %164 = stablehlo.maximum %arg9, %152 : tensor<512xf32>
    %cst_65 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %165 = call @_where_0(%163, %cst_65, %164) : (tensor<512xi1>, tensor<f32>, tensor<512xf32>) -> tensor<512xf32>
    %166 = stablehlo.broadcast_in_dim %143, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %167 = stablehlo.multiply %147, %166 : tensor<512xf32>
    %168 = stablehlo.sqrt %165 : tensor<512xf32>
    %cst_66 = stablehlo.constant dense<1.000000e-07> : tensor<f32>
    %169 = stablehlo.broadcast_in_dim %cst_66, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %170 = stablehlo.add %168, %169 : tensor<512xf32>
    %171 = stablehlo.divide %167, %170 : tensor<512xf32>
    %172 = stablehlo.subtract %arg6, %171 : tensor<512xf32>
    %c_67 = stablehlo.constant dense<0> : tensor<i32>
    %173 = stablehlo.compare NE, %arg0, %c_67, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %174 = stablehlo.convert %173 : (tensor<i1>) -> tensor<f32>
    %cst_68 = stablehlo.constant dense<9.900000e-01> : tensor<f32>
    %175 = stablehlo.multiply %174, %cst_68 : tensor<f32>
    %176 = stablehlo.broadcast_in_dim %175, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %177 = stablehlo.multiply %176, %arg10 : tensor<512xf32>
    %cst_69 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %178 = stablehlo.subtract %cst_69, %175 : tensor<f32>
    %179 = stablehlo.broadcast_in_dim %178, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %180 = stablehlo.multiply %179, %172 : tensor<512xf32>
    %181 = stablehlo.add %177, %180 : tensor<512xf32>
    %c_70 = stablehlo.constant dense<1> : tensor<i32>
    %182 = stablehlo.add %arg0, %c_70 : tensor<i32>
    %c_71 = stablehlo.constant dense<3> : tensor<i32>
    %183 = call @remainder_1(%182, %c_71) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_72 = stablehlo.constant dense<0> : tensor<i32>
    %184 = stablehlo.compare EQ, %183, %c_72, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %185 = stablehlo.convert %184 : (tensor<i1>) -> tensor<f32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %187 = stablehlo.multiply %181, %186 : tensor<512xf32>
    %188 = stablehlo.not %184 : tensor<i1>
    %189 = stablehlo.convert %188 : (tensor<i1>) -> tensor<f32>
    %190 = stablehlo.broadcast_in_dim %189, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %191 = stablehlo.multiply %172, %190 : tensor<512xf32>
    %192 = stablehlo.add %187, %191 : tensor<512xf32>
    %c_73 = stablehlo.constant dense<1> : tensor<i32>
    %193 = stablehlo.add %arg0, %c_73 : tensor<i32>
    return %193, %98, %53, %58, %71, %87, %192, %147, %152, %165, %181 : tensor<i32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>
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
  func.func private @_where_0(%arg0: tensor<512xi1>, %arg1: tensor<f32>, %arg2: tensor<512xf32>) -> tensor<512xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %1 = stablehlo.select %arg0, %0, %arg2 : tensor<512xi1>, tensor<512xf32>
    return %1 : tensor<512xf32>
  }
  func.func private @remainder_1(%arg0: tensor<i32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.compare EQ, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %2 = call @_where_2(%1, %c_0, %0) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
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
  func.func private @_where_2(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
}
